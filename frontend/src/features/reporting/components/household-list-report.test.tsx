import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { HOUSEHOLD_LIST_PAGE_1, HOUSEHOLD_LIST_PAGE_2 } from '@/testing/reporting'
import { HouseholdListReport } from './household-list-report'

const PATH = '/api/v1/reports/household-list'
const INDICATORS: Record<string, string> = {
  HEALTH_INSURANCE: 'Bảo hiểm y tế',
  EMPLOYMENT: 'Việc làm',
  HOUSING_AREA: 'Diện tích nhà ở',
}
const indicatorName = (code: string) => INDICATORS[code] ?? code
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('HouseholdListReport', () => {
  it("lists a province's households with their commune and deprivations, and opens a row on its members", async () => {
    const user = userEvent.setup()
    const backend = stubBackend({ [`GET ${PATH}`]: () => jsonResponse(HOUSEHOLD_LIST_PAGE_1) })
    renderWithProviders(<HouseholdListReport query={{ areaCode: '46', year: 2025, kind: 'POOR' }} indicatorName={indicatorName} />)

    expect(await screen.findByText('Danh sách hộ nghèo – Thành phố Huế – năm 2025')).toBeTruthy()
    const row = screen.getByRole('row', { name: /19996-00007/ })
    // expand | code | head | village | commune (a province's list) | members | deprivations
    expect(cells(row).slice(1)).toEqual(['19996-00007', 'Nguyễn Thị Mai', 'Tổ dân phố 1', 'Phường Hương Trà', '2', 'Bảo hiểm y tếViệc làm'])
    expect(screen.queryByTestId('household-members')).toBeNull()

    await user.click(within(row).getByRole('button', { name: 'Mở rộng dòng' }))
    const members = await screen.findByTestId('household-members')
    expect(cells(within(members).getByRole('row', { name: /Nguyễn Thị Mai/ }))).toEqual(['Nguyễn Thị Mai', '1950', 'Chủ hộ', 'Kinh'])
    expect(cells(within(members).getByRole('row', { name: /Trần Văn An/ }))).toEqual(['Trần Văn An', '2012', 'Cháu', 'Kinh'])

    const [request] = requestsTo(backend, 'GET', PATH)
    const query = new URL(request.url).searchParams
    expect(Object.fromEntries(query)).toEqual({ areaCode: '46', year: '2025', kind: 'POOR', limit: '50' })
  })

  it('asks for the next page with the cursor when "load more" is clicked', async () => {
    const user = userEvent.setup()
    const backend = stubBackend({
      [`GET ${PATH}`]: (_, url) => jsonResponse(url.searchParams.get('after') === 'cursor-2' ? HOUSEHOLD_LIST_PAGE_2 : HOUSEHOLD_LIST_PAGE_1),
    })
    renderWithProviders(<HouseholdListReport query={{ areaCode: '46', year: 2025, kind: 'POOR' }} indicatorName={indicatorName} />)
    await screen.findByRole('row', { name: /19996-00007/ })
    expect(screen.getByText('Đang hiển thị 1')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }))

    expect(await screen.findByRole('row', { name: /20179-00012/ })).toBeTruthy()
    expect(screen.getByRole('row', { name: /19996-00007/ })).toBeTruthy()
    expect(screen.getByText('Đang hiển thị 2')).toBeTruthy()
    const requests = requestsTo(backend, 'GET', PATH)
    expect(requests.map((request) => new URL(request.url).searchParams.get('after'))).toEqual([null, 'cursor-2'])
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull()
  })
})
