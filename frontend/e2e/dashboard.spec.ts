import { expect, test, type Page } from '@playwright/test'
import { logIn } from './helpers'

const ARTIFACTS = 'e2e/artifacts'

// The charts skip their animation for users who ask for less motion: screenshots show them whole.
test.use({ reducedMotion: 'reduce' })

/** Opens the dashboard from the sidebar. */
async function openDashboard(page: Page) {
  await page.getByRole('menuitem', { name: /Tổng quan/ }).click()
  await expect(page).toHaveURL(/\/dashboard/)
  await expect(page.getByRole('heading', { name: 'Tổng quan giảm nghèo' })).toBeVisible()
}

test('a ward officer sees the poverty rates since 2016 and the ward\'s 2025 targets', async ({ page }) => {
  await test.step('log in as the officer of Phường Hương Trà and open Tổng quan', async () => {
    await logIn(page, 'phuong.huongtra')
    await openDashboard(page)
    // A commune officer lands on their own ward.
    await expect(page.getByTestId('dashboard-area')).toHaveText('Phường Hương Trà')
  })

  const chart = page.getByTestId('rate-chart')
  await test.step('the chart draws 2016–2021 (entered by hand, dashed) and the registry years', async () => {
    await expect(chart.locator('svg')).toBeVisible()
    for (const year of ['2016', '2017', '2018', '2019', '2020', '2021', '2025']) {
      await expect(chart.locator('svg text', { hasText: new RegExp(`^${year}$`) })).toHaveCount(1)
    }
    await expect(chart.locator('svg')).toContainText('Tỷ lệ hộ nghèo (số liệu nhập tay)')
    await expect(chart.locator('svg')).toContainText('Mục tiêu')
    await expect(page.getByTestId('rate-chart-note')).toContainText('số liệu nhập tay')

    // The tooltip of the first year, 2016: the rate from the resolution.
    const plot = chart.getByRole('img', { name: 'Tỷ lệ hộ nghèo, hộ cận nghèo qua các năm' })
    const box = await plot.boundingBox()
    if (!box) throw new Error('the chart has no box')
    await page.mouse.move(box.x + 60, box.y + box.height / 2)
    await expect(chart).toContainText('12,04 %')
    await expect(chart).toContainText('(số liệu nhập tay)')
  })

  await test.step('the table of the chart lists every year from 12,04 % in 2016 to 4,1 % in 2021', async () => {
    await page.getByRole('tab', { name: 'Bảng số liệu' }).click()
    const table = page.getByTestId('year-figures')
    const rate = (year: string) => table.getByRole('row', { name: new RegExp(`^${year} `) })
    await expect(rate('2016')).toContainText('12,04 %')
    await expect(rate('2017')).toContainText('10,04 %')
    await expect(rate('2018')).toContainText('5,52 %')
    await expect(rate('2019')).toContainText('2,9 %')
    await expect(rate('2020')).toContainText('2,61 %')
    await expect(rate('2021')).toContainText('4,1 %')
    await expect(rate('2021')).toContainText('Nhập tay')
    await page.getByRole('tab', { name: 'Biểu đồ' }).click()
    await expect(chart.locator('svg')).toBeVisible()
  })

  await test.step('the targets table shows the 1,7 % target for poor households without labour capacity', async () => {
    const targets = page.getByTestId('targets-table')
    const row = targets.getByRole('row', { name: /Tỷ lệ hộ nghèo không có khả năng lao động/ })
    await expect(row).toContainText('2025')
    await expect(row.getByTestId('target-value')).toHaveText('≤ 1,7 %')
    await expect(row.locator('[data-light]')).toBeVisible()
    await expect(page.getByTestId('deadline-calendar')).toContainText('Báo cáo giao ban quý I và quý III')
    await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true })
  })
})

test('the province officer of Huế sees the map of its communes', async ({ page }) => {
  await test.step('log in as the province officer and open Tổng quan', async () => {
    await logIn(page, 'tinh.hue')
    await openDashboard(page)
    await expect(page.getByTestId('dashboard-area')).toHaveText('Thành phố Huế')
  })

  await test.step('the map colours the 40 communes of Huế by their poverty rate', async () => {
    const map = page.getByTestId('poverty-map')
    await map.scrollIntoViewIfNeeded()
    await expect(map.locator('svg')).toBeVisible()
    // one outline per commune (plus the colour scale's shapes)
    expect(await map.locator('svg path').count()).toBeGreaterThanOrEqual(40)
    // the official figures of this year: every household with the class its latest decision fixed
    const year = (process.env.GIAMNGHEO_CLOCK_TODAY ?? new Date().toISOString()).slice(0, 4)
    await expect(map).toContainText(`Số liệu năm ${year}.`)
    await expect(page.getByTestId('deadline-calendar')).toContainText('Báo cáo kết quả rà soát thường xuyên hằng tháng')
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-map.png`, fullPage: true })
  })

  await test.step('the officer drills into a commune with the picker', async () => {
    const commune = page.getByLabel('Xã, phường, đặc khu', { exact: true })
    await commune.click()
    await commune.fill('huong tra')
    const list = await commune.getAttribute('aria-controls')
    await page.locator(`.ant-select-dropdown:has([id="${list}"])`).getByTitle('Phường Hương Trà', { exact: true }).click()
    await expect(page).toHaveURL(/area=19996/)
    await expect(page.getByTestId('dashboard-area')).toHaveText('Phường Hương Trà')
  })
})
