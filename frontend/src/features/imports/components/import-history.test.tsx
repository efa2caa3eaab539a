import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { COMMITTED_JOB, EARLIER_IMPORT_ID, IMPORT_ID } from '@/testing/imports'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { ImportHistory } from './import-history'

const FAILED_JOB = {
  ...COMMITTED_JOB,
  id: EARLIER_IMPORT_ID,
  phase: 'FAILED' as const,
  fileName: 'ho-cu.xls',
  summary: null,
  issueCount: 0,
  createdAt: '2026-11-19T03:30:00Z',
}

function Opened() {
  return <span data-testid="opened">{useParams().id}</span>
}

function renderHistory(areaCode: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/imports" element={<ImportHistory areaCode={areaCode} jobPath={(id) => `/imports/${id}?area=${areaCode}`} />} />
      <Route path="/imports/:id" element={<Opened />} />
    </Routes>,
    { route: '/imports' },
  )
}

describe('ImportHistory', () => {
  it("lists the area's imports newest first with date, author, phase and counts, and opens one on click", async () => {
    const backend = stubBackend({
      'GET /api/v1/imports': () => jsonResponse({ items: [COMMITTED_JOB, FAILED_JOB], nextCursor: null }),
    })
    const user = userEvent.setup()
    renderHistory('20179')
    const table = await screen.findByTestId('import-history-table')
    const committed = await within(table).findByRole('row', { name: /ho-nam-dong\.csv/ })
    expect(within(committed).getByText(/^20\/11\/2026 \d{2}:\d{2}$/)).toBeTruthy()
    expect(within(committed).getByText('xa.namdong')).toBeTruthy()
    expect(within(committed).getByText('Đã ghi vào sổ hộ')).toBeTruthy()
    expect(within(committed).getAllByRole('cell').map((cell) => cell.textContent).slice(4)).toEqual(['2', '0', '0', '1', '3'])
    const failed = within(table).getByRole('row', { name: /ho-cu\.xls/ })
    expect(within(failed).getByText('Không đọc được tệp')).toBeTruthy()
    // A commune's imports are all its own: no area column.
    expect(within(table).queryByRole('columnheader', { name: 'Địa bàn' })).toBeNull()
    expect(Object.fromEntries(new URL(requestsTo(backend, 'GET', '/api/v1/imports')[0].url).searchParams)).toEqual({
      areaCode: '20179',
      limit: '20',
    })

    await user.click(within(failed).getByText('xa.namdong'))
    await waitFor(() => expect(screen.getByTestId('opened').textContent).toBe(EARLIER_IMPORT_ID))
  })

  it("names each import's area in a province's list", async () => {
    stubBackend({ 'GET /api/v1/imports': () => jsonResponse({ items: [COMMITTED_JOB], nextCursor: null }) })
    renderHistory('46')
    const table = await screen.findByTestId('import-history-table')
    expect(await within(table).findByRole('columnheader', { name: 'Địa bàn' })).toBeTruthy()
    expect(within(table).getByRole('link', { name: 'ho-nam-dong.csv' }).getAttribute('href')).toBe(`/imports/${IMPORT_ID}?area=46`)
    expect(within(table).getByText('Xã Nam Đông')).toBeTruthy()
  })
})
