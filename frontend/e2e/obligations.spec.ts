import { expect, test } from '@playwright/test'
import { logIn } from './helpers'

const ARTIFACTS = 'e2e/artifacts'

test("Huế's province officer reads the reporting obligations and changes one of its own", async ({ page }) => {
  await test.step('log in as the province officer and open Nghĩa vụ báo cáo', async () => {
    await logIn(page, 'tinh.hue')
    await page.goto('/reporting/obligations')
    await expect(page.getByRole('heading', { name: 'Nghĩa vụ báo cáo', exact: true })).toBeVisible()
  })

  const statutory = page.getByRole('row', { name: /Báo cáo kết quả rà soát thường xuyên hằng tháng/ })
  const briefing = page.getByRole('row', { name: /Báo cáo giao ban quý I và quý III/ })

  await test.step('the statutory monthly report is the law: described in words, not editable by a province', async () => {
    await expect(statutory.getByTestId('obligation-periods')).toHaveText('Hằng tháng: tháng 1–8')
    await expect(statutory.getByTestId('obligation-due')).toHaveText('Ngày 5 tháng sau')
    await expect(statutory.getByTestId('obligation-scope')).toHaveText('Toàn quốc')
    await expect(statutory.getByRole('button', { name: /^Sửa/ })).toHaveCount(0)
    await expect(briefing.getByTestId('obligation-scope')).toHaveText('Thành phố Huế')
    await page.screenshot({ path: `${ARTIFACTS}/obligations.png`, fullPage: true })
  })

  await test.step("the province lengthens its briefing's lock to 15 days", async () => {
    await briefing.getByRole('button', { name: /^Sửa/ }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('Sửa nghĩa vụ báo cáo COMMUNE_BRIEFING')).toBeVisible()
    const lock = dialog.getByLabel('Khóa sau hạn (ngày)')
    await lock.fill('15')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await expect(dialog).toBeHidden()
    await expect(briefing).toContainText('khóa sau hạn 15 ngày')
  })
})
