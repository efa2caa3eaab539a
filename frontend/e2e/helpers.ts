import { expect, type Page } from '@playwright/test'

/** Logs in through the real Keycloak page (dev users: password = username) and waits for the SPA. */
export async function logIn(page: Page, username: string) {
  await page.goto('/')
  await expect(page).toHaveURL(/\/realms\/giamngheo\/protocol\/openid-connect\/auth/)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(username)
  await page.locator('#kc-login').click()
  await expect(page).toHaveURL(/\/areas$/)
}

/** Picks an option of an antd select by its accessible name, in the dropdown the select controls. */
export async function choose(page: Page, label: string, option: string) {
  const select = page.getByLabel(label, { exact: true })
  await select.click()
  const list = await select.getAttribute('aria-controls')
  await page.locator(`.ant-select-dropdown:has([id="${list}"])`).getByTitle(option, { exact: true }).click()
  await expect(select.locator('xpath=ancestor::*[contains(@class, "ant-select")][1]')).toContainText(option)
}
