import { expect, test } from '@playwright/test'

const ARTIFACTS = 'e2e/artifacts'

test('a commune officer logs in through Keycloak and finds Xã Nam Đông', async ({ page }) => {
  await test.step('the SPA sends the user to the real Keycloak login page', async () => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/realms\/giamngheo\/protocol\/openid-connect\/auth/)
    await page.locator('#username').fill('xa.namdong')
    await page.locator('#password').fill('xa.namdong')
    await page.locator('#kc-login').click()
  })

  await test.step('back in the SPA, in Vietnamese, on the provinces page', async () => {
    await expect(page).toHaveURL(/\/areas$/)
    await expect(page.getByRole('heading', { name: 'Tỉnh, thành phố' })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: /Đơn vị hành chính/ })).toBeVisible()
    await expect(page.getByTestId('user-menu')).toContainText('Nguyễn Văn Nam')
  })

  await test.step('open the province Huế and search without diacritics', async () => {
    await page.getByRole('link', { name: 'Huế', exact: true }).click()
    await expect(page).toHaveURL(/\/areas\/46$/)
    await page.getByLabel('Tìm theo tên, không cần gõ dấu').fill('nam dong')
    await expect(page).toHaveURL(/q=nam\+dong|q=nam%20dong/)
    const namDong = page.getByRole('link', { name: 'Xã Nam Đông' })
    await expect(namDong).toBeVisible()
    await namDong.click()
  })

  await test.step('the commune page shows the commune and its villages', async () => {
    await expect(page).toHaveURL(/\/areas\/46\/communes\/20179$/)
    await expect(page.getByRole('heading', { name: 'Xã Nam Đông' })).toBeVisible()
    await expect(page.getByText('Thôn, tổ dân phố', { exact: true })).toBeVisible()
    // xa.namdong is the commune officer of 20179, so may add villages.
    await expect(page.getByRole('button', { name: /Thêm thôn, tổ dân phố/ })).toBeVisible()
  })

  await test.step('switch the UI to English', async () => {
    await page.getByText('EN', { exact: true }).click()
    await expect(page.getByText('Villages and residential groups', { exact: true })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: /Administrative units/ })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.screenshot({ path: `${ARTIFACTS}/commune-nam-dong-en.png`, fullPage: true })
  })
})
