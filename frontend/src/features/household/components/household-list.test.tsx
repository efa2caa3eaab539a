import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { chooseOption } from '@/testing/antd'
import { TEST_PICKERS } from '@/testing/area-pickers'
import { requestsTo, stubBackend, type BackendMock } from '@/testing/backend'
import { catchSavedFiles } from '@/testing/downloads'
import { HOUSEHOLD_ID } from '@/testing/households'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { HouseholdList } from './household-list'

const POOR_HOUSEHOLD: Schemas['HouseholdSummary'] = {
  id: HOUSEHOLD_ID,
  code: '20179-00001',
  communeCode: '20179',
  villageId: '7393361b-bc62-4c74-8d77-c594b695b6a7',
  villageName: 'Thôn Hà An',
  headName: 'Nguyễn Thị Hương',
  memberCount: 4,
  address: null,
  status: 'ACTIVE',
  year: 2025,
  classification: 'POOR',
  deprivedIndicators: ['HEALTH_INSURANCE', 'SANITATION', 'TELECOM'],
  noLabourCapacity: false,
  meritoriousMember: false,
  ethnicMinority: false,
}

const INDICATORS = [
  { code: 'HEALTH_INSURANCE', name: 'Bảo hiểm y tế', nameEn: 'Health insurance' },
  { code: 'SANITATION', name: 'Nhà tiêu hợp vệ sinh', nameEn: 'Hygienic latrine' },
  { code: 'TELECOM', name: 'Sử dụng dịch vụ viễn thông', nameEn: 'Use of telecom services' },
]

function stubList() {
  return stubBackend({
    'GET /api/v1/households': () => jsonResponse({ items: [POOR_HOUSEHOLD], nextCursor: null }),
  })
}

function lastQuery(fetch: BackendMock): Record<string, string> {
  const requests = requestsTo(fetch, 'GET', '/api/v1/households')
  return Object.fromEntries(new URL(requests[requests.length - 1].url).searchParams)
}

function renderList(route = '/households', canCreate = true) {
  return renderWithProviders(
    <HouseholdList {...TEST_PICKERS} defaultCommuneCode="20179" indicators={INDICATORS} canCreate={canCreate} />,
    { route },
  )
}

describe('HouseholdList', () => {
  it('downloads every household of the filter as one file, not the page shown', async () => {
    const fetch = stubBackend({
      'GET /api/v1/households': () => jsonResponse({ items: [POOR_HOUSEHOLD], nextCursor: 'next' }),
      'GET /api/v1/households/export': () =>
        new Response('household_code\r\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="danh-sach-ho-20179-2025.csv"' },
        }),
    })
    const clicked = catchSavedFiles()
    const user = userEvent.setup()
    renderList('/households?classification=POOR&year=2025')
    await screen.findByRole('row', { name: /20179-00001/ })
    await user.click(screen.getByRole('button', { name: /Tải CSV/ }))
    await waitFor(() => expect(clicked).toHaveBeenCalledOnce())
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('danh-sach-ho-20179-2025.csv')
    const [request] = requestsTo(fetch, 'GET', '/api/v1/households/export')
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({
      communeCode: '20179',
      classification: 'POOR',
      year: '2025',
      format: 'csv',
    })
  })

  it("asks for the user's own commune first and shows each household's class and deprivations", async () => {
    const fetch = stubList()
    renderList()
    const row = await screen.findByRole('row', { name: /20179-00001/ })
    expect(lastQuery(fetch)).toEqual({ communeCode: '20179', limit: '50' })
    expect(within(row).getByRole('link', { name: '20179-00001' }).getAttribute('href')).toBe(`/households/${HOUSEHOLD_ID}`)
    expect(within(row).getByText('Nguyễn Thị Hương')).toBeTruthy()
    expect(within(row).getByText('Thôn Hà An')).toBeTruthy()
    expect(within(row).getByText('Hộ nghèo')).toBeTruthy()
    expect(within(row).getByText('Năm 2025')).toBeTruthy()
    expect(within(row).getByTestId('deprived-count').textContent).toBe('3')
    expect(within(row).getByText('Đang quản lý')).toBeTruthy()
  })

  it('builds the query from the filters in the URL', async () => {
    const fetch = stubList()
    renderList('/households?classification=POOR&year=2025&subgroup=NO_LABOUR_CAPACITY&status=ACTIVE&q=nguyen%20thi')
    await screen.findByRole('row', { name: /20179-00001/ })
    expect(lastQuery(fetch)).toEqual({
      communeCode: '20179',
      classification: 'POOR',
      year: '2025',
      subgroup: 'NO_LABOUR_CAPACITY',
      status: 'ACTIVE',
      q: 'nguyen thi',
      limit: '50',
    })
  })

  it('asks again when the filters change: village, class, deprivation, every commune', async () => {
    const fetch = stubList()
    const user = userEvent.setup()
    renderList()
    await screen.findByRole('row', { name: /20179-00001/ })

    await user.selectOptions(screen.getByLabelText('Thôn, tổ dân phố'), 'Thôn Hà An')
    await chooseOption(user, screen.getByLabelText('Phân loại'), 'Hộ cận nghèo')
    await chooseOption(user, screen.getByLabelText('Thiếu hụt chỉ số'), 'Nhà tiêu hợp vệ sinh')
    await waitFor(() =>
      expect(lastQuery(fetch)).toEqual({
        communeCode: '20179',
        villageId: '7393361b-bc62-4c74-8d77-c594b695b6a7',
        classification: 'NEAR_POOR',
        deprivedIndicator: 'SANITATION',
        limit: '50',
      }),
    )

    // Every commune of the jurisdiction: no commune sent, and the village goes with it.
    await user.selectOptions(screen.getByLabelText('Xã, phường, đặc khu'), '')
    await waitFor(() =>
      expect(lastQuery(fetch)).toEqual({ classification: 'NEAR_POOR', deprivedIndicator: 'SANITATION', limit: '50' }),
    )
  })

  it('searches on the server once the user stops typing', async () => {
    const fetch = stubList()
    const user = userEvent.setup()
    renderList()
    await screen.findByRole('row', { name: /20179-00001/ })
    await user.type(screen.getByLabelText(/Tìm theo tên thành viên/), 'nguyen thi huong')
    await waitFor(() => expect(lastQuery(fetch).q).toBe('nguyen thi huong'))
    // One request for the whole phrase, not one per letter.
    expect(requestsTo(fetch, 'GET', '/api/v1/households').filter((request) => request.url.includes('q='))).toHaveLength(1)
  })

  it('offers registering a household only to those who may', async () => {
    stubList()
    renderList('/households', false)
    await screen.findByRole('row', { name: /20179-00001/ })
    expect(screen.queryByRole('button', { name: /Thêm hộ gia đình/ })).toBeNull()
  })
})
