import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { BRIEFING_OBLIGATION, PRELIMINARY_RESULTS_OBLIGATION, REGULAR_REVIEW_OBLIGATION } from '@/testing/reporting'
import type { Province } from '@/features/area/api/list-provinces'
import { ObligationTable } from './obligation-table'

const OBLIGATIONS = '/api/v1/reporting/obligations'

const HUE: Province = { code: '46', name: 'Huế', fullName: 'Thành phố Huế', nameEn: 'Hue', unitType: 'MUNICIPALITY', communeCount: 40 }

function seeded() {
  return stubBackend({
    [`GET ${OBLIGATIONS}`]: () => jsonResponse([REGULAR_REVIEW_OBLIGATION, PRELIMINARY_RESULTS_OBLIGATION, BRIEFING_OBLIGATION]),
    'GET /api/v1/provinces': () => jsonResponse([HUE]),
  })
}

describe('ObligationTable', () => {
  it("describes each obligation's schedule, levels, reminders and standing in words", async () => {
    seeded()
    renderWithProviders(<ObligationTable canAdd={false} canEdit={() => false} />)

    const monthly = await screen.findByRole('row', { name: /Báo cáo kết quả rà soát thường xuyên hằng tháng/ })
    expect(within(monthly).getByTestId('obligation-periods').textContent).toBe('Hằng tháng: tháng 1–8')
    expect(within(monthly).getByTestId('obligation-due').textContent).toBe('Ngày 5 tháng sau')
    expect(within(monthly).getByText('Mở khi hết kỳ · khóa sau hạn 10 ngày')).toBeTruthy()
    expect(within(monthly).getByText('Cấp xã → Cấp tỉnh')).toBeTruthy()
    expect(within(monthly).getByText('5 ngày trước hạn, 1 ngày sau hạn')).toBeTruthy()
    expect(within(monthly).getByText('Theo quy định')).toBeTruthy()
    expect(within(monthly).getByText('Đang áp dụng')).toBeTruthy()
    expect(within(monthly).getByTestId('obligation-scope').textContent).toBe('Toàn quốc')

    const yearly = screen.getByRole('row', { name: /Báo cáo sơ bộ kết quả rà soát định kỳ/ })
    expect(within(yearly).getByTestId('obligation-periods').textContent).toBe('Hằng năm')
    expect(within(yearly).getByTestId('obligation-due').textContent).toBe('15/11')
    expect(within(yearly).getByText('Cấp tỉnh → Bộ')).toBeTruthy()

    const briefing = screen.getByRole('row', { name: /Báo cáo giao ban quý I và quý III/ })
    expect(within(briefing).getByTestId('obligation-periods').textContent).toBe('Hằng quý: quý I, III')
    expect(within(briefing).getByTestId('obligation-due').textContent).toBe('10 ngày sau kỳ')
    expect(within(briefing).getByText('Của địa phương')).toBeTruthy()
    expect(within(briefing).getByText('Ngừng áp dụng')).toBeTruthy()
    await waitFor(() => expect(within(briefing).getByTestId('obligation-scope').textContent).toBe('Thành phố Huế'))
  })

  it('shows no new or edit buttons to a user who is not the administrator', async () => {
    seeded()
    renderWithProviders(<ObligationTable canAdd={false} canEdit={() => false} />)
    await screen.findByRole('row', { name: /Báo cáo kết quả rà soát thường xuyên hằng tháng/ })
    expect(screen.queryByRole('button', { name: /Thêm nghĩa vụ báo cáo/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Sửa/ })).toBeNull()
    expect(screen.queryByRole('columnheader', { name: 'Thao tác' })).toBeNull()
  })

  it("lets the administrator open an obligation's rule to edit, and a new one", async () => {
    const user = userEvent.setup()
    seeded()
    renderWithProviders(<ObligationTable canAdd canEdit={() => true} />)
    const monthly = await screen.findByRole('row', { name: /Báo cáo kết quả rà soát thường xuyên hằng tháng/ })

    await user.click(within(monthly).getByRole('button', { name: 'Sửa Báo cáo kết quả rà soát thường xuyên hằng tháng' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('Sửa nghĩa vụ báo cáo COMMUNE_REGULAR_REVIEW')).toBeTruthy()
    expect((within(dialog).getByLabelText('Mã') as HTMLInputElement).value).toBe('COMMUNE_REGULAR_REVIEW')
    expect((within(dialog).getByLabelText('Mã') as HTMLInputElement).disabled).toBe(true)
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.click(screen.getByRole('button', { name: /Thêm nghĩa vụ báo cáo/ }))
    const creating = await screen.findByRole('dialog')
    expect(within(creating).getByText('Thêm nghĩa vụ báo cáo của địa phương')).toBeTruthy()
    expect((within(creating).getByLabelText('Mã') as HTMLInputElement).disabled).toBe(false)
  })

  it("lets a province officer change only its province's local obligations, and add ones of its province", async () => {
    const user = userEvent.setup()
    seeded()
    renderWithProviders(<ObligationTable canAdd canEdit={(obligation) => !obligation.statutory} fixedProvince="46" />)
    const monthly = await screen.findByRole('row', { name: /Báo cáo kết quả rà soát thường xuyên hằng tháng/ })
    expect(within(monthly).queryByRole('button', { name: /Sửa/ })).toBeNull()
    const briefing = screen.getByRole('row', { name: /Báo cáo giao ban quý I và quý III/ })
    expect(within(briefing).getByRole('button', { name: /Sửa/ })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: /Thêm nghĩa vụ báo cáo/ }))
    const creating = await screen.findByRole('dialog')
    const scope = within(creating).getByLabelText('Phạm vi')
    expect((scope as HTMLInputElement).disabled).toBe(true)
    await waitFor(() => expect(scope.closest('.ant-select')?.textContent).toContain('Thành phố Huế'))
  })
})
