import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { CAMPAIGN, CAMPAIGN_ID, ITEM_ID } from '@/testing/reviews'
import { ComplaintsTab } from './complaints-tab'

const LATE_COMPLAINT: Schemas['ComplaintView'] = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  itemId: ITEM_ID,
  householdCode: '20179-00031',
  complainant: 'Lê Văn Hàng Xóm',
  kind: 'WRONGLY_INCLUDED',
  content: 'Hộ có xe máy mới',
  receivedOn: '2026-03-24',
  recheckDue: '2026-03-27',
  late: true,
  resolvedOn: null,
  outcome: null,
  resolution: null,
}

const RESOLVED: Schemas['ComplaintView'] = {
  ...LATE_COMPLAINT,
  id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  householdCode: '20179-00032',
  complainant: 'Trần Thị Khiếu',
  kind: 'DATA_ERROR',
  content: null,
  late: false,
  resolvedOn: '2026-03-26',
  outcome: 'REJECTED',
  resolution: 'Thông tin đúng',
}

function renderTab(canHandle = true) {
  stubBackend({
    [`GET /api/v1/review-campaigns/${CAMPAIGN_ID}/complaints`]: () => jsonResponse([LATE_COMPLAINT, RESOLVED]),
  })
  return renderWithProviders(<ComplaintsTab campaign={{ ...CAMPAIGN, status: 'POSTING' }} canHandle={canHandle} />)
}

describe('ComplaintsTab', () => {
  it('flags in red a re-check past its due date', async () => {
    renderTab()
    const late = await screen.findByRole('row', { name: /Lê Văn Hàng Xóm/ })
    expect(within(late).getByText('24/03/2026')).toBeTruthy()
    const due = within(late).getByTestId('recheck-due')
    expect(due.textContent).toBe('27/03/2026Trễ hạn')
    expect(within(due).getByTestId('late-flag').className).toContain('ant-tag-red')
    expect(within(late).getByText('Đưa vào danh sách không đúng')).toBeTruthy()
    expect(within(late).getByRole('button', { name: 'Ghi kết quả phúc tra' })).toBeTruthy()

    const resolved = screen.getByRole('row', { name: /Trần Thị Khiếu/ })
    expect(within(resolved).queryByTestId('late-flag')).toBeNull()
    expect(within(resolved).getByText('Không chấp nhận: giữ kết quả')).toBeTruthy()
    expect(resolved.textContent).toContain('26/03/2026: Thông tin đúng')
  })

  it('lets only officers receive and resolve complaints', async () => {
    renderTab(false)
    const late = await screen.findByRole('row', { name: /Lê Văn Hàng Xóm/ })
    expect(within(late).getByTestId('late-flag')).toBeTruthy()
    expect(within(late).getByText('Đang phúc tra')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Nhận khiếu nại/ })).toBeNull()
  })
})
