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

test('a commune officer classifies a household typed by hand', async ({ page }) => {
  await test.step('log in through Keycloak and open Phân loại hộ', async () => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/realms\/giamngheo\/protocol\/openid-connect\/auth/)
    await page.locator('#username').fill('xa.namdong')
    await page.locator('#password').fill('xa.namdong')
    await page.locator('#kc-login').click()
    await expect(page).toHaveURL(/\/areas$/)
    await page.getByRole('menuitem', { name: /Phân loại hộ/ }).click()
    await expect(page).toHaveURL(/\/classification$/)
    await expect(page.getByRole('heading', { name: 'Phân loại hộ' })).toBeVisible()
  })

  await test.step('review year 2025, rural, income 1.400.000 ₫ per person', async () => {
    const year = page.getByLabel('Năm rà soát')
    await year.fill('2025')
    await expect(page.getByText('Theo năm rà soát: ND07_2021')).toBeVisible()
    await page.getByText('Nông thôn', { exact: true }).click()
    const income = page.getByLabel('Thu nhập bình quân đầu người/tháng')
    await income.fill('1400000')
    await income.blur()
    await expect(income).toHaveValue('1.400.000')
  })

  await test.step('a house with walls and roof not durable', async () => {
    await choose(page, 'Tường bền chắc', 'Không')
    await choose(page, 'Cột bền chắc', 'Có')
    await choose(page, 'Mái bền chắc', 'Không')
  })

  await test.step('two members: an adult born 1990 without health insurance, and a child', async () => {
    await page.getByLabel('Họ và tên – thành viên 1').fill('Nguyễn Văn An')
    await typeDate(page, 'Ngày sinh – thành viên 1', '15/05/1990')
    await choose(page, 'Giới tính – thành viên 1', 'Nam')
    await choose(page, 'Có thẻ BHYT – thành viên 1', 'Không')

    await page.getByRole('button', { name: 'Thêm thành viên' }).click()
    await page.getByLabel('Họ và tên – thành viên 2').fill('Nguyễn Thị Bình')
    await typeDate(page, 'Ngày sinh – thành viên 2', '10/03/2016')
    await choose(page, 'Giới tính – thành viên 2', 'Nữ')
    await choose(page, 'Quan hệ với chủ hộ – thành viên 2', 'Con')
    await choose(page, 'Có thẻ BHYT – thành viên 2', 'Có')
    await choose(page, 'Đang đi học – thành viên 2', 'Có')
  })

  await test.step('the officer ticks the latrine as deprived', async () => {
    const latrine = page.getByRole('radiogroup', { name: 'Nhà tiêu hợp vệ sinh' })
    await latrine.getByText('Thiếu hụt', { exact: true }).click()
    await expect(latrine.getByRole('radio', { name: 'Thiếu hụt', exact: true })).toBeChecked()
  })

  await test.step('classify: a poor household with 3 deprivations, explained', async () => {
    await page.getByRole('button', { name: /Phân loại$/ }).click()
    const result = page.getByTestId('classification-result')
    await expect(result.getByTestId('household-class')).toHaveText('Hộ nghèo')
    await expect(result).toContainText('Theo ND07_2021')
    await expect(result.getByText('Số chỉ số thiếu hụt').locator('..').locator('..')).toContainText('3')

    const outcomes = result.getByTestId('indicator-outcomes')
    for (const indicator of ['Bảo hiểm y tế', 'Chất lượng nhà ở', 'Nhà tiêu hợp vệ sinh']) {
      await expect(outcomes.getByRole('row', { name: new RegExp(indicator) })).toContainText('Thiếu hụt')
    }
    await expect(outcomes.getByRole('row', { name: /Nhà tiêu hợp vệ sinh/ })).toContainText('Cán bộ đánh dấu')
    await expect(outcomes.getByRole('row', { name: /Việc làm Việc làm|^Việc làm/ }).first()).toBeVisible()

    const explanations = result.getByTestId('explanation')
    await expect(explanations.filter({ hasText: 'không có thẻ BHYT' })).toContainText('Nguyễn Văn An')
    await expect(explanations).toHaveCount(3)
    await page.screenshot({ path: `${ARTIFACTS}/classification.png`, fullPage: true })
  })
})
