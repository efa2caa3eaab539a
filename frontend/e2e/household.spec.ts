import { expect, test, type Page } from '@playwright/test'
import { choose } from './helpers'

const ARTIFACTS = 'e2e/artifacts'

/** Types a date into an antd date picker (dd/MM/yyyy) and confirms it. */
async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true })
  await input.click()
  await input.fill(date)
  await input.press('Enter')
  await expect(input).toHaveValue(date)
}

/** Letters only, so the name stays a name: every run registers a household nobody else has. */
function randomLetters(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
}

test('a commune officer registers a household, records its review and finds it again', async ({ page }) => {
  const suffix = randomLetters(6)
  const headName = `Nguyễn Thị E2E ${suffix[0].toUpperCase()}${suffix.slice(1)}`
  const search = `nguyen thi e2e ${suffix}`

  await test.step('log in through Keycloak and open Hộ gia đình', async () => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/realms\/giamngheo\/protocol\/openid-connect\/auth/)
    await page.locator('#username').fill('xa.namdong')
    await page.locator('#password').fill('xa.namdong')
    await page.locator('#kc-login').click()
    await expect(page).toHaveURL(/\/areas$/)
    await page.getByRole('menuitem', { name: /Hộ gia đình/ }).click()
    await expect(page).toHaveURL(/\/households$/)
    await expect(page.getByRole('heading', { name: 'Hộ gia đình' })).toBeVisible()
  })

  await test.step('register a household in Xã Nam Đông with its head', async () => {
    await page.getByRole('button', { name: /Thêm hộ gia đình/ }).click()
    await expect(page).toHaveURL(/\/households\/new$/)
    // The page loads on demand: wait for it (the list's filters have the same labels).
    await expect(page.getByRole('heading', { name: 'Thêm hộ gia đình' })).toBeVisible()
    // A commune officer registers in their own commune by default.
    const commune = page.getByLabel('Xã, phường, đặc khu', { exact: true })
    await expect(commune.locator('xpath=ancestor::*[contains(@class, "ant-select")][1]')).toContainText('Xã Nam Đông')
    await choose(page, 'Thôn, tổ dân phố', 'Thôn Hà An')
    await page.getByLabel('Địa chỉ', { exact: true }).fill('Thôn Hà An, Xã Nam Đông')
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0905 000 111')

    await page.getByLabel('Họ và tên – thành viên 1', { exact: true }).fill(headName)
    await typeDate(page, 'Ngày sinh – thành viên 1', '12/04/1985')
    await choose(page, 'Giới tính – thành viên 1', 'Nữ')
    await choose(page, 'Có thẻ BHYT – thành viên 1', 'Không')

    await page.getByRole('button', { name: /Lưu hộ gia đình/ }).click()
    await expect(page).toHaveURL(/\/households\/[0-9a-f-]{36}$/)
    await expect(page.getByRole('heading', { name: /^20179-\d{5}$/ })).toBeVisible()
    await expect(page.getByTestId('members-current')).toContainText(headName)
  })

  await test.step('record the 2025 review: low income, a house not durable, no hygienic latrine', async () => {
    await page.getByRole('button', { name: /Nhập kết quả rà soát/ }).click()
    await expect(page).toHaveURL(/\/records\/new$/)
    await expect(page.getByRole('heading', { name: /^Nhập kết quả rà soát – hộ 20179-\d{5}$/ })).toBeVisible()
    const year = page.getByLabel('Năm rà soát', { exact: true })
    await year.fill('2025')
    await expect(page.getByText('Chuẩn nghèo năm 2025: ND07_2021')).toBeVisible()
    await typeDate(page, 'Ngày điều tra', '15/10/2025')
    await page.getByLabel('Rà soát viên', { exact: true }).fill('Hồ Văn Rà')
    const income = page.getByLabel('Thu nhập bình quân đầu người/tháng')
    await income.fill('1000000')
    await income.blur()
    await expect(income).toHaveValue('1.000.000')
    await choose(page, 'Tường bền chắc', 'Không')
    await choose(page, 'Mái bền chắc', 'Không')
    await choose(page, 'Loại nhà tiêu', 'Hố đào đơn giản')
    await page.getByLabel('Thiếu vốn sản xuất, kinh doanh').check()
    await page.getByLabel('Vay vốn tín dụng').check()

    // The live preview: the head has no health insurance, plus the house and the latrine.
    const preview = page.getByTestId('record-preview')
    await expect(preview.getByTestId('preview-class')).toHaveText('Hộ nghèo')
    await expect(preview).toContainText('Bảo hiểm y tế')
    await expect(preview).toContainText('Chất lượng nhà ở')
    await expect(preview).toContainText('Nhà tiêu hợp vệ sinh')

    await page.getByRole('button', { name: /Lưu kết quả rà soát/ }).click()
  })

  await test.step('the household page shows the class of 2025 and the audit trail', async () => {
    await expect(page).toHaveURL(/\/households\/[0-9a-f-]{36}$/)
    await expect(page.getByTestId('latest-class')).toContainText('Hộ nghèo')
    const row = page.getByTestId('household-records').getByRole('row', { name: /2025/ })
    await expect(row).toContainText('Hộ nghèo')
    await expect(row).toContainText('ND07_2021')
    await row.getByRole('button').first().click()
    await expect(page.getByTestId('classification-result').getByTestId('household-class')).toHaveText('Hộ nghèo')
    await expect(page.getByTestId('audit-trail')).toContainText('Nhập kết quả rà soát')
    await expect(page.getByTestId('audit-trail')).toContainText('Tạo hộ')
  })

  await test.step('back on the list, find it by the name typed without diacritics', async () => {
    await page.getByRole('menuitem', { name: /Hộ gia đình/ }).click()
    await expect(page).toHaveURL(/\/households$/)
    await expect(page.getByRole('heading', { name: 'Hộ gia đình' })).toBeVisible()
    await page.getByLabel('Tìm theo tên thành viên, mã hộ hoặc số CCCD, không cần gõ dấu').fill(search)
    await expect(page).toHaveURL(/q=nguyen/)
    const rows = page.getByTestId('household-table').locator('tbody tr.ant-table-row')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(headName)
    // the list shows the official class: the survey is a proposal until the chairman's decision
    await expect(rows.first()).toContainText('Chưa có quyết định công nhận')
    await expect(rows.first()).toContainText('Thôn Hà An')
    await page.screenshot({ path: `${ARTIFACTS}/household.png`, fullPage: true })
  })
})
