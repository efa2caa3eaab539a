import { readFile } from 'node:fs/promises'
import { expect, test, type Download, type Page } from '@playwright/test'
import { logIn } from './helpers'

const ARTIFACTS = 'e2e/artifacts'
const NAM_DONG = '20179'

/*
 * A commune officer brings a household list from a file: the template, a CSV with three mistakes on three
 * rows of one household, the issues and the error workbook, the corrected file written to the registry, the
 * households found in the list, and the same file once more, which changes nothing.
 */

const HEADERS = [
  'Số thứ tự hộ',
  'Mã xã',
  'Địa chỉ',
  'Họ và tên',
  'Quan hệ với chủ hộ',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Số CCCD',
  'Có bảo hiểm y tế',
  'Năm rà soát',
  'Ngày rà soát',
  'Thu nhập bình quân đầu người/tháng (đồng)',
  'Nguồn nước sinh hoạt',
  'Loại nhà tiêu',
]

/*
 * Run-unique names and citizen IDs: the e2e database is made anew for each `make e2e`, but the spec may run
 * again against the same stack. Citizen IDs start with 0010995, which the demo data never uses.
 */
const STAMP = String(Math.floor(Date.now() / 1000) % 10_000).padStart(4, '0')
const WORD = [...STAMP].map((digit, index) => String.fromCharCode((index === 0 ? 65 : 97) + Number(digit) + index * 3)).join('')
const cccd = (person: number) => `0010995${STAMP}${person}`

const HEAD_1 = `Nguyễn Văn Nhập ${WORD}`
const SEARCH_1 = `nguyen van nhap ${WORD.toLowerCase()}`

interface Mistakes {
  /** Row 3: a citizen ID of 10 digits instead of 12. */
  citizenId: string
  /** Row 4: a day that does not exist. */
  birthDate: string
  /** Row 5: a relation that is not in the list. */
  relation: string
}

const WRONG: Mistakes = { citizenId: '0010995123', birthDate: '31/02/2010', relation: 'Hàng xóm' }
const FIXED: Mistakes = { citizenId: cccd(2), birthDate: '28/02/2010', relation: 'Cháu' }

/** Three households of Xã Nam Đông keyed by "Số thứ tự hộ"; the survey of 2025 on each head's row. */
function householdsCsv(cells: Mistakes): string {
  const survey = (income: number, water: string, latrine: string) => ['2025', '15/09/2025', String(income), water, latrine]
  const none = ['', '', '', '', '']
  const rows = [
    // household 1: rows 2–5 of the file (row 1 is the header)
    ['1', NAM_DONG, 'Thôn Hà An', HEAD_1, 'Chủ hộ', 'Nam', '12/04/1980', 'Kinh', cccd(1), 'Không', ...survey(1_000_000, 'Nước sông, suối, ao, hồ', 'Hố đào đơn giản')],
    ['1', NAM_DONG, 'Thôn Hà An', `Lê Thị Nhập ${WORD}`, 'Vợ/chồng', 'Nữ', '03/05/1983', 'Kinh', cells.citizenId, 'Không', ...none],
    ['1', NAM_DONG, 'Thôn Hà An', `Nguyễn Thị Nhập ${WORD}`, 'Con', 'Nữ', cells.birthDate, 'Kinh', '', 'Có', ...none],
    ['1', NAM_DONG, 'Thôn Hà An', `Nguyễn Văn Khách ${WORD}`, cells.relation, 'Nam', '20/10/2015', 'Kinh', '', 'Có', ...none],
    // household 2: rows 6–7
    ['2', NAM_DONG, 'Thôn Hà An', `Trần Thị Nhập ${WORD}`, 'Chủ hộ', 'Nữ', '01/01/1975', 'Kinh', cccd(3), 'Có', ...survey(1_200_000, 'Nước máy', 'Tự hoại')],
    ['2', NAM_DONG, 'Thôn Hà An', `Trần Văn Nhập ${WORD}`, 'Con', 'Nam', '09/09/2005', 'Kinh', '', 'Có', ...none],
    // household 3: row 8
    ['3', NAM_DONG, 'Thôn Hà An', `Hồ Văn Nhập ${WORD}`, 'Chủ hộ', 'Nam', '15/06/1968', 'Kinh', cccd(4), 'Có', ...survey(6_000_000, 'Nước máy', 'Tự hoại')],
  ]
  return [HEADERS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

const WITH_MISTAKES = householdsCsv(WRONG)
const CORRECTED = householdsCsv(FIXED)

async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path()
  return readFile(path)
}

/** Chooses the file on the page (built in the test, never on disk) and sends it. */
async function upload(page: Page, name: string, content: string) {
  const before = page.url()
  await page
    .getByTestId('import-upload')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') })
  await expect(page.getByTestId('import-upload')).toContainText(name)
  await page.getByRole('button', { name: /Tải lên/ }).click()
  await expect(page).not.toHaveURL(before)
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/)
}

/** Waits for the job on the page to reach a phase (the page polls it every second). */
async function waitForPhase(page: Page, phase: string) {
  await expect(page.getByTestId('import-job').getByTestId('import-phase')).toHaveText(phase, { timeout: 60_000 })
}

async function expectSummary(page: Page, households: Record<'new' | 'updated' | 'unchanged' | 'rejected', number>) {
  for (const [kind, count] of Object.entries(households)) {
    await expect(page.getByTestId(`summary-households-${kind}`).locator('.ant-statistic-content-value'), kind).toHaveText(
      String(count),
    )
  }
}

async function searchHouseholds(page: Page) {
  await expect(page.getByRole('heading', { name: 'Hộ gia đình' })).toBeVisible()
  await page.getByLabel('Tìm theo tên thành viên, mã hộ hoặc số CCCD, không cần gõ dấu').fill(SEARCH_1)
  await expect(page).toHaveURL(/q=nguyen/)
  return page.getByTestId('household-table').locator('tbody tr.ant-table-row')
}

test('a commune officer imports a household list, corrects it from the issues, commits it, and imports it again unchanged', async ({
  page,
}) => {
  test.setTimeout(240_000)

  await test.step('log in as the officer of Xã Nam Đông and open Nhập dữ liệu', async () => {
    await logIn(page, 'xa.namdong')
    await page.getByRole('menuitem', { name: /Nhập dữ liệu/ }).click()
    await expect(page).toHaveURL(/\/imports$/)
    await expect(page.getByRole('heading', { name: 'Nhập dữ liệu', exact: true })).toBeVisible()
    // The officer's own commune, nothing to choose.
    await expect(page.getByTestId('import-area')).toContainText('Xã Nam Đông')
  })

  await test.step('download the Excel template of the commune', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: /Tải mẫu Excel/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`mau-nhap-ho-${NAM_DONG}.xlsx`)
    const bytes = await downloadBytes(file)
    expect(bytes.length).toBeGreaterThan(1_000)
    // An XLSX is a ZIP archive.
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
  })

  await test.step('upload a CSV with three mistakes on three rows of one household', async () => {
    await upload(page, `ho-nam-dong-${STAMP}.csv`, WITH_MISTAKES)
    await waitForPhase(page, 'Đã kiểm tra')
    await expectSummary(page, { new: 2, updated: 0, unchanged: 0, rejected: 1 })
  })

  await test.step('the issues name exactly those rows, with their messages', async () => {
    const rows = page.getByTestId('import-issues-table').locator('tbody tr.ant-table-row')
    await expect(rows).toHaveCount(3)
    const expected: [string, string, string][] = [
      ['3', 'Số CCCD', 'Số CCCD phải gồm 12 chữ số'],
      ['4', 'Ngày sinh', 'Ngày không hợp lệ'],
      ['5', 'Quan hệ với chủ hộ', 'không có trong danh sách'],
    ]
    for (const [index, [row, column, message]] of expected.entries()) {
      const cells = rows.nth(index).locator('td')
      await expect(cells.nth(0)).toHaveText(row)
      await expect(cells.nth(1)).toHaveText(column)
      await expect(cells.nth(2)).toContainText(message)
    }
    // The household with the mistakes is rejected; the two others would be new.
    await page.getByRole('tab', { name: /Hộ trong tệp/ }).click()
    const households = page.getByTestId('import-households-table').locator('tbody tr.ant-table-row')
    await expect(households).toHaveCount(3)
    await expect(households.filter({ hasText: HEAD_1 })).toContainText('Bị từ chối')
    await page.getByRole('tab', { name: /Lỗi/ }).click()
    await expect(rows).toHaveCount(3)
    await page.screenshot({ path: `${ARTIFACTS}/imports.png`, fullPage: true })
  })

  await test.step('download the error workbook', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: /Tải tệp lỗi/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^loi-nhap-[0-9a-f-]{36}\.xlsx$/)
    const bytes = await downloadBytes(file)
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
  })

  await test.step('upload the corrected file and write it to the registry', async () => {
    await upload(page, `ho-nam-dong-${STAMP}-da-sua.csv`, CORRECTED)
    await waitForPhase(page, 'Đã kiểm tra')
    await expectSummary(page, { new: 3, updated: 0, unchanged: 0, rejected: 0 })
    await expect(page.getByRole('tab', { name: 'Lỗi (0)' })).toBeVisible()
    await expect(page.getByTestId('import-same-file')).toHaveCount(0)
    // The class each household's survey gives, before anything is written.
    await page.getByRole('tab', { name: /Hộ trong tệp/ }).click()
    const households = page.getByTestId('import-households-table').locator('tbody tr.ant-table-row')
    await expect(households).toHaveCount(3)
    await expect(households.filter({ hasText: HEAD_1 }).locator('[data-class]')).toHaveText('Hộ nghèo')
    await expect(households.filter({ hasText: HEAD_1 })).toContainText('Hộ mới')
    await page.getByRole('button', { name: /Ghi vào sổ hộ/ }).click()
    await waitForPhase(page, 'Đã ghi vào sổ hộ')
    await expect(page.getByTestId('import-committed-counts')).toHaveText(
      '3 hộ mới, 0 hộ cập nhật, 0 hộ không thay đổi, 0 hộ bị từ chối.',
    )
  })

  await test.step('the household list finds the new household by its head typed without diacritics, with its class', async () => {
    await page.getByRole('link', { name: 'Xem danh sách hộ gia đình' }).click()
    await expect(page).toHaveURL(/\/households\?communeCode=20179/)
    const rows = await searchHouseholds(page)
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(HEAD_1)
    // The list shows the official class: the file's survey is a proposal until the chairman's decision.
    await expect(rows.first()).toContainText('Chưa có quyết định công nhận')
    // The household itself shows the class its imported survey of 2025 gives.
    await rows.first().getByRole('link').click()
    await expect(page).toHaveURL(/\/households\/[0-9a-f-]{36}$/)
    await expect(page.getByTestId('latest-class')).toContainText('Hộ nghèo')
    await expect(page.getByTestId('latest-class')).toContainText('Năm 2025')
    await expect(page.getByTestId('members-current')).toContainText(`Nguyễn Văn Khách ${WORD}`)
  })

  await test.step('the same corrected file again: nothing new, nothing updated, every household unchanged', async () => {
    await page.getByRole('menuitem', { name: /Nhập dữ liệu/ }).click()
    await expect(page).toHaveURL(/\/imports$/)
    await upload(page, `ho-nam-dong-${STAMP}-da-sua.csv`, CORRECTED)
    await waitForPhase(page, 'Đã kiểm tra')
    await expect(page.getByTestId('import-same-file')).toContainText(
      'Tệp này đã được nhập trước đây; nhập lại chỉ ghi những gì đã thay đổi',
    )
    await expectSummary(page, { new: 0, updated: 0, unchanged: 3, rejected: 0 })
    await page.getByRole('button', { name: /Ghi vào sổ hộ/ }).click()
    await waitForPhase(page, 'Đã ghi vào sổ hộ')
    await expect(page.getByTestId('import-committed-counts')).toHaveText(
      '0 hộ mới, 0 hộ cập nhật, 3 hộ không thay đổi, 0 hộ bị từ chối.',
    )
    // The history lists the three imports of the run, newest first.
    const history = page.getByTestId('import-history-table').locator('tbody tr.ant-table-row')
    await expect(history.filter({ hasText: `ho-nam-dong-${STAMP}` })).toHaveCount(3)
    await expect(history.first()).toContainText('Đã ghi vào sổ hộ')
    await expect(history.first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  })

  await test.step('nothing changed in the registry: the search still finds one household', async () => {
    await page.getByRole('menuitem', { name: /Hộ gia đình/ }).click()
    const rows = await searchHouseholds(page)
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(HEAD_1)
  })
})
