import { expect, type Page } from '@playwright/test'

/**
 * The day the browser lives on: the stack's GIAMNGHEO_CLOCK_TODAY when the suite runs on another date (the
 * backend reads the same variable), otherwise the real one. Time keeps flowing from there.
 */
export async function setBrowserDate(page: Page) {
  const today = process.env.GIAMNGHEO_CLOCK_TODAY
  if (today) await page.clock.install({ time: new Date(`${today}T09:00:00+07:00`) })
}

/** Logs in through the real Keycloak page (dev users: password = username) and waits for the SPA. */
export async function logIn(page: Page, username: string) {
  await setBrowserDate(page)
  await page.goto('/')
  await expect(page).toHaveURL(/\/realms\/giamngheo\/protocol\/openid-connect\/auth/)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(username)
  await page.locator('#kc-login').click()
  await expect(page).toHaveURL(/\/areas$/)
}

/**
 * Picks an option of an antd select by its accessible name, in the dropdown the select controls, and
 * waits until the select shows it. A click that lands while the dropdown is still moving is tried again.
 */
export async function choose(page: Page, label: string, option: string) {
  const select = page.getByLabel(label, { exact: true })
  const shown = select.locator('xpath=ancestor::*[contains(@class, "ant-select")][1]')
  await expect(async () => {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click()
    const list = await select.getAttribute('aria-controls')
    await page.locator(`.ant-select-dropdown:has([id="${list}"])`).getByTitle(option, { exact: true }).click({ timeout: 3_000 })
    await expect(shown).toContainText(option, { timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
}

/** Types a date (dd/MM/yyyy) into an antd date picker found by its label. */
export async function typeDate(page: Page, label: string, date: string, scope?: ReturnType<Page['locator']>) {
  const input = (scope ?? page).getByLabel(label, { exact: true })
  await input.click()
  await input.fill(date)
  await input.press('Enter')
  await expect(input).toHaveValue(date)
}
