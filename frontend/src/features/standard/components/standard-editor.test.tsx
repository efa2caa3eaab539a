import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { INDICATOR_TYPES, ND351_2025 } from '@/testing/standards'
import type { Standard } from '../api/get-standard'
import { StandardEditor } from './standard-editor'

function renderEditor(standard: Standard, onDone = vi.fn()) {
  renderWithProviders(<StandardEditor standard={standard} catalogue={INDICATOR_TYPES} onDone={onDone} onReload={vi.fn()} />)
  return onDone
}

function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.closest('.ant-select-disabled') !== null
}

const DRAFT: Standard = { ...ND351_2025, status: 'DRAFT', editable: 'ALL', publishedAt: null, publishedBy: null }

describe('StandardEditor', () => {
  it('enables only the provisional parts of a published standard', () => {
    renderEditor(ND351_2025)

    // Provisional: the waste indicator's threshold and the average-living band.
    expect(isDisabled(screen.getByLabelText('Xử lý rác thải: Cách xử lý đạt yêu cầu'))).toBe(false)
    expect(isDisabled(screen.getByLabelText('Mức sống trung bình đến (Nông thôn)'))).toBe(false)
    expect(isDisabled(screen.getByLabelText('Mức sống trung bình đến (Thành thị)'))).toBe(false)
    const waste = screen.getByText('Xử lý rác thải').closest('tr') as HTMLElement
    expect(isDisabled(within(waste).getByRole('checkbox', { name: 'Tạm thời' }))).toBe(false)

    // Everything else is law already.
    expect(isDisabled(screen.getByLabelText('Sử dụng dịch vụ viễn thông: Dịch vụ được tính'))).toBe(true)
    expect(isDisabled(screen.getByLabelText('Chất lượng nhà ở: Số kết cấu chính (tường, cột, mái) không bền chắc từ'))).toBe(
      true,
    )
    expect(isDisabled(screen.getByLabelText('Người phụ thuộc trong hộ gia đình: Thiếu hụt khi tỷ lệ người phụ thuộc lớn hơn'))).toBe(
      true,
    )
    expect(isDisabled(screen.getByLabelText('Chuẩn nghèo (Nông thôn)'))).toBe(true)
    expect(isDisabled(screen.getByLabelText('Điểm A (ngưỡng nghèo) (Nông thôn)'))).toBe(true)
    expect(isDisabled(screen.getByLabelText('Tên chuẩn'))).toBe(true)
    expect(isDisabled(screen.getByLabelText('Từ năm'))).toBe(true)
    const telecom = screen.getByText('Sử dụng dịch vụ viễn thông').closest('tr') as HTMLElement
    expect(isDisabled(within(telecom).getByRole('checkbox', { name: 'Tạm thời' }))).toBe(true)
  })

  it('enables everything in a draft', () => {
    renderEditor(DRAFT)
    expect(isDisabled(screen.getByLabelText('Sử dụng dịch vụ viễn thông: Dịch vụ được tính'))).toBe(false)
    expect(isDisabled(screen.getByLabelText('Chuẩn nghèo (Nông thôn)'))).toBe(false)
    expect(isDisabled(screen.getByLabelText('Tên chuẩn'))).toBe(false)
  })

  it('saves the whole definition with If-Match', async () => {
    const bodies: unknown[] = []
    const fetch = vi.fn(async (request: Request) => {
      bodies.push(await request.json())
      return jsonResponse({ ...ND351_2025, version: 1 })
    })
    vi.stubGlobal('fetch', fetch)
    const user = userEvent.setup()
    const onDone = renderEditor(ND351_2025)

    const band = screen.getByLabelText('Mức sống trung bình đến (Nông thôn)')
    await user.type(band, '3300000')
    await waitFor(() => expect((band as HTMLInputElement).value).toBe('3.300.000'))
    const waste = screen.getByText('Xử lý rác thải').closest('tr') as HTMLElement
    await user.click(within(waste).getByRole('checkbox', { name: 'Tạm thời' }))
    await user.click(screen.getByRole('button', { name: /Lưu/ }))

    await waitFor(() => expect(onDone).toHaveBeenCalled())
    const request = fetch.mock.calls[0][0]
    expect(request.method).toBe('PUT')
    expect(new URL(request.url).pathname).toBe('/api/v1/standards/ND351_2025')
    expect(request.headers.get('If-Match')).toBe('"0"')
    const sent = ND351_2025.definition
    expect(bodies[0]).toEqual({
      ...sent,
      lines: { ...sent.lines, RURAL: { ...sent.lines?.RURAL, averageLivingUpper: 3_300_000 } },
      dimensions: sent.dimensions?.map((dimension) => ({
        ...dimension,
        indicators: dimension.indicators?.map((indicator) =>
          indicator.code === 'WASTE_DISPOSAL' ? { ...indicator, provisional: false } : indicator,
        ),
      })),
    })
  })

  it('explains a refusal of the server', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(409, 'standard.not_editable')))
    const user = userEvent.setup()
    const onDone = renderEditor(ND351_2025)
    await user.click(screen.getByRole('button', { name: /Lưu/ }))
    expect((await screen.findByTestId('standard-save-error')).textContent).toContain('Không sửa được nội dung này')
    expect(onDone).not.toHaveBeenCalled()
  })

  it('offers to reload after a conflict (412)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(412, 'precondition.failed')))
    const user = userEvent.setup()
    renderEditor(ND351_2025)
    await user.click(screen.getByRole('button', { name: /Lưu/ }))
    const error = await screen.findByTestId('standard-save-error')
    expect(error.textContent).toContain('Chuẩn nghèo vừa được người khác thay đổi')
    expect(within(error).getByRole('button', { name: /Tải lại/ })).toBeTruthy()
  })
})
