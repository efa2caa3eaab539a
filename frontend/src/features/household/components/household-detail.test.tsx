import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { TEST_PICKERS } from '@/testing/area-pickers'
import { requestsTo, stubBackend } from '@/testing/backend'
import {
  AUDIT_TRAIL,
  HEAD_ID,
  HOUSEHOLD,
  HOUSEHOLD_ID,
  RECORD_2024,
  RECORD_2025,
  RECORD_2025_REPLACED,
} from '@/testing/households'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { HouseholdDetail } from './household-detail'

const BASE = `/api/v1/households/${HOUSEHOLD_ID}`
const INDICATORS = [
  { code: 'HEALTH_INSURANCE', name: 'Bảo hiểm y tế', nameEn: 'Health insurance' },
  { code: 'SANITATION', name: 'Nhà tiêu hợp vệ sinh', nameEn: 'Hygienic latrine' },
]

function stub() {
  return stubBackend({
    [`GET ${BASE}/records`]: () => jsonResponse([RECORD_2025, RECORD_2025_REPLACED, RECORD_2024]),
    [`GET ${BASE}/audit`]: () => jsonResponse(AUDIT_TRAIL),
    [`GET ${BASE}/members/${HEAD_ID}/citizen-id`]: () =>
      jsonResponse({ memberId: HEAD_ID, citizenId: '046080012345' } satisfies Schemas['CitizenIdView']),
  })
}

function renderDetail({ canWrite = true, canWriteRecords = true, household = HOUSEHOLD } = {}) {
  return renderWithProviders(
    <HouseholdDetail
      household={household}
      communeName="Xã Nam Đông"
      canWrite={canWrite}
      canWriteRecords={canWriteRecords}
      VillageSelect={TEST_PICKERS.VillageSelect}
      indicators={INDICATORS}
    />,
  )
}

describe('HouseholdDetail', () => {
  it('shows where the household lives, its head and its latest class', () => {
    stub()
    renderDetail()
    const info = screen.getByTestId('household-info')
    expect(info.textContent).toContain('20179-00001')
    expect(info.textContent).toContain('Trần Văn Thử')
    expect(info.textContent).toContain('Xã Nam Đông')
    expect(info.textContent).toContain('Thôn Hà An')
    expect(info.textContent).toContain('0905 123 456')
    expect(within(info).getByTestId('latest-class').textContent).toBe('Hộ nghèoNăm 2025')
    expect(within(info).getByTestId('official-class').textContent).toBe('Hộ nghèoNăm 2025')
    expect(within(info).getByText('Đang quản lý')).toBeTruthy()
  })

  it('tells a survey that no decision has taken yet from the official class', () => {
    stub()
    renderDetail({ household: { ...HOUSEHOLD, officialClass: null, officialYear: null } })
    const info = screen.getByTestId('household-info')
    expect(within(info).getByTestId('latest-class').textContent).toBe('Hộ nghèoNăm 2025')
    expect(within(info).getByTestId('official-class').textContent).toBe('Chưa có quyết định công nhận')
  })

  it('lists the current members, then those who left with why and when', () => {
    stub()
    renderDetail()
    const current = screen.getByTestId('members-current')
    const head = within(current).getByRole('row', { name: /Trần Văn Thử/ })
    expect(within(head).getByText('Chủ hộ', { selector: '.ant-tag' })).toBeTruthy()
    expect(head.textContent).toContain('03/02/1980')
    expect(head.textContent).toContain('01 – Kinh')
    expect(head.textContent).toContain('********2345')
    expect(within(current).getByRole('row', { name: /Lê Thị Thử/ }).textContent).toContain('10 – Gia-rai')
    const left = screen.getByTestId('members-left')
    expect(within(left).getByRole('row', { name: /Trần Thị Đi/ }).textContent).toContain('Chuyển đi, 01/09/2024')
  })

  it('shows the class of each year, newest first, and opens a record to its explanation', async () => {
    stub()
    const user = userEvent.setup()
    renderDetail()
    const table = await screen.findByTestId('household-records')
    const rows = await within(table).findAllByRole('row', { name: /20(24|25)/ })
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^2025Hộ nghèo303ND07_202101\/10\/2025Hiện hành$/),
      expect.stringMatching(/^2025Không nghèo00ND07_202101\/10\/2025Đã được đính chính$/),
      expect.stringMatching(/^2024Hộ cận nghèo00ND07_202105\/10\/2024Hiện hànhĐã dùng cho quyết định công nhận$/),
    ])

    await user.click(within(rows[0]).getByRole('button'))
    const result = await screen.findByTestId('classification-result')
    expect(within(result).getByTestId('household-class').textContent).toBe('Hộ nghèo')
    expect(within(result).getByText('Y tế')).toBeTruthy()
    expect(within(result).getAllByTestId('explanation')[0].textContent).toBe(
      'Bảo hiểm y tế: Trần Văn Thử, 45 tuổi, không có thẻ BHYT',
    )
    expect(screen.getByText('1.200.000 ₫')).toBeTruthy()
    expect(screen.getByText('Nhập sai thu nhập')).toBeTruthy()
    expect(screen.getByText('Thiếu đất sản xuất')).toBeTruthy()
    expect(screen.getByText('Vay vốn tín dụng')).toBeTruthy()
  })

  it('shows the audit trail in words: who, when, what changed from what to what', async () => {
    stub()
    renderDetail()
    const trail = await screen.findByTestId('audit-trail')
    const corrected = await within(trail).findByRole('row', { name: /Đính chính kết quả rà soát/ })
    expect(corrected.textContent).toMatch(/02\/10\/2025 \d{2}:30/)
    expect(corrected.textContent).toContain('xa.namdong')
    expect(corrected.textContent).toContain('Kết quả rà soát 2025')
    expect(corrected.textContent).toContain('Phân loại: Không nghèo → Hộ nghèo')
    expect(corrected.textContent).toContain('Chỉ số thiếu hụt: (trống) → Bảo hiểm y tế, Nhà tiêu hợp vệ sinh')
    const updated = within(trail).getByRole('row', { name: /Sửa thông tin hộ/ })
    expect(updated.textContent).toContain('Thôn, tổ dân phố: Thôn Hà An')
    expect(updated.textContent).toContain('Số điện thoại: 0905 000 000 → 0905 123 456')
    const left = within(trail).getByRole('row', { name: /Thành viên rời hộ/ })
    expect(left.textContent).toContain('Trần Thị Đi')
    expect(left.textContent).toContain('Trạng thái: Đang ở trong hộ → Đã rời hộ')
    expect(within(trail).getByRole('row', { name: /Xem số CCCD/ }).textContent).toContain('Số CCCD: đã xem đầy đủ')
  })

  it('shows a citizen ID in full only when asked, which is audited', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    renderDetail()
    expect(requestsTo(fetch, 'GET', `${BASE}/members/${HEAD_ID}/citizen-id`)).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Xem số CCCD của Trần Văn Thử' }))
    expect(await screen.findByText('046080012345')).toBeTruthy()
    // The audit trail is read again, with the read in it.
    await waitFor(() => expect(requestsTo(fetch, 'GET', `${BASE}/audit`).length).toBeGreaterThan(1))
  })

  it('hides every change from those who only read (auditors)', async () => {
    stub()
    renderDetail({ canWrite: false, canWriteRecords: false })
    await screen.findByTestId('household-records')
    expect(screen.queryByTestId('household-actions')).toBeNull()
    expect(screen.queryByRole('button', { name: /Thêm thành viên/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Nhập kết quả rà soát/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Sửa$/ })).toBeNull()
    // Reading the citizen ID stays possible (it is audited).
    expect(screen.getByRole('button', { name: 'Xem số CCCD của Trần Văn Thử' })).toBeTruthy()
  })

  it('lets reviewers add yearly records, but not change the household', async () => {
    stub()
    renderDetail({ canWrite: false, canWriteRecords: true })
    await screen.findByTestId('household-records')
    expect(screen.getByRole('button', { name: /Nhập kết quả rà soát/ })).toBeTruthy()
    expect(screen.queryByTestId('household-actions')).toBeNull()
  })

  it('offers no change on a closed household', async () => {
    stub()
    renderDetail({ household: { ...HOUSEHOLD, status: 'CLOSED', closeReason: 'MOVED_AWAY', closedOn: '2025-11-01' } })
    expect(screen.getByTestId('household-info').textContent).toContain('01/11/2025: Chuyển đi nơi khác')
    expect(screen.queryByTestId('household-actions')).toBeNull()
    expect(screen.queryByRole('button', { name: /Thêm thành viên/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Nhập kết quả rà soát/ })).toBeNull()
  })
})
