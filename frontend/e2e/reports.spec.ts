import { expect, test } from '@playwright/test'
import { choose, logIn } from './helpers'

const ARTIFACTS = 'e2e/artifacts'
/** The demo data of `make e2e` writes a record a year for 2022–2025: 2025 is the latest review. */
const YEAR = '2025'
const PROVINCE = 'Thành phố Huế'

test('the province officer of Huế previews and downloads the statutory tables and the household list', async ({ page }) => {

  await test.step(`log in as the province officer, open Báo cáo thống kê and choose ${YEAR}`, async () => {
    await logIn(page, 'tinh.hue')
    await page.getByRole('menuitem', { name: /Báo cáo thống kê/ }).click()
    await expect(page).toHaveURL(/\/reports/)
    await expect(page.getByRole('heading', { name: 'Báo cáo thống kê', exact: true })).toBeVisible()
    // A province officer lands on their province (46) without choosing it.
    await expect(page).not.toHaveURL(/area=/)
    await choose(page, 'Năm', YEAR)
  })

  await test.step('the statistical tables tab shows the results summary by commune, with the total', async () => {
    await page.getByRole('tab', { name: 'Biểu thống kê', exact: true }).click()
    const panel = page.getByRole('tabpanel', { name: 'Biểu thống kê' })
    await expect(page).toHaveURL(/tab=tables/)
    await choose(page, 'Biểu', 'Tổng hợp kết quả rà soát')
    // The summary counts every class: no poor / near-poor choice.
    await expect(panel.getByRole('radio', { name: 'Hộ nghèo' })).toHaveCount(0)
    await expect(panel.getByRole('heading', { name: new RegExp(`^BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT .* NĂM ${YEAR} – ${PROVINCE}$`) })).toBeVisible()
    const table = panel.getByTestId('table-report')
    await expect(table.getByRole('columnheader', { name: 'Tổng số hộ', exact: true })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: 'Tỷ lệ hộ nghèo (%)', exact: true })).toBeVisible()
    // A row per commune of the province (full names: Xã …, Phường …), then the total line.
    const communes = table.locator('tbody tr.ant-table-row')
    await expect(communes.first().locator('td').first()).toHaveText(/^(Xã|Phường|Đặc khu) \S/)
    const total = panel.getByTestId('table-report-total')
    await expect(total).toContainText('Tổng cộng')
    await expect(total.locator('td').nth(1)).toHaveText(/^\d{1,3}(\.\d{3})*$/)
    await page.screenshot({ path: `${ARTIFACTS}/reports-tables.png`, fullPage: true })
  })

  await test.step('the summary downloads as an Excel file', async () => {
    const panel = page.getByRole('tabpanel', { name: 'Biểu thống kê' })
    const download = page.waitForEvent('download')
    await panel.getByRole('button', { name: /Tải Excel/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/)
  })

  await test.step('the household list tab lists the poor households, and a row opens on its members', async () => {
    await page.getByRole('tab', { name: 'Danh sách hộ', exact: true }).click()
    const panel = page.getByRole('tabpanel', { name: 'Danh sách hộ' })
    await expect(page).toHaveURL(/tab=list/)
    await expect(panel.getByRole('radio', { name: 'Hộ nghèo' })).toBeChecked()
    await expect(panel.getByRole('heading', { name: `Danh sách hộ nghèo – ${PROVINCE} – năm ${YEAR}` })).toBeVisible()
    const list = panel.getByTestId('household-list')
    const first = list.locator('tbody tr.ant-table-row').first()
    await expect(first).toBeVisible()
    await expect(panel.getByText(/^Đang hiển thị \d+$/)).toBeVisible()
    await first.getByRole('button', { name: 'Mở rộng dòng' }).click()
    const members = list.getByTestId('household-members')
    await expect(members.locator('tbody tr.ant-table-row').first()).toBeVisible()
    await expect(members).toContainText('Chủ hộ')
  })
})
