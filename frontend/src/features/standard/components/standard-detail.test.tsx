import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { INDICATOR_TYPES, ND07_2021, ND351_2025 } from '@/testing/standards'
import type { Standard } from '../api/get-standard'
import { StandardDetail } from './standard-detail'

const DRAFT: Standard = {
  ...ND351_2025,
  code: 'ND351_2025_V2',
  status: 'DRAFT',
  basedOn: 'ND351_2025',
  version: 4,
  editable: 'ALL',
  publishedAt: null,
  publishedBy: null,
  definition: { ...ND351_2025.definition, code: 'ND351_2025_V2' },
}

function renderDetail(standard: Standard, canManage: boolean) {
  return renderWithProviders(
    <StandardDetail standard={standard} catalogue={INDICATOR_TYPES} canManage={canManage} onReload={() => {}} />,
  )
}

function indicatorRow(name: string): HTMLElement {
  return screen.getByText(name).closest('tr') as HTMLElement
}

describe('StandardDetail', () => {
  it('shows the income lines per area type as money, with the provisional band tagged', () => {
    renderDetail(ND351_2025, false)
    const lines = screen.getByTestId('income-lines')
    const rural = within(lines).getByText('Nông thôn').closest('tr') as HTMLElement
    expect(within(rural).getByText('2.200.000 ₫')).toBeTruthy()
    expect(within(rural).getByText('Tạm thời')).toBeTruthy()
    const urban = within(lines).getByText('Thành thị').closest('tr') as HTMLElement
    expect(within(urban).getByText('2.800.000 ₫')).toBeTruthy()
  })

  it('shows the score-A cut-offs of a standard that has them', () => {
    renderDetail(ND07_2021, false)
    const rural = within(screen.getByTestId('income-lines')).getByText('Nông thôn').closest('tr') as HTMLElement
    expect(within(rural).getByText('1.500.000 ₫')).toBeTruthy()
    expect(within(rural).getByText('2.250.000 ₫')).toBeTruthy()
    expect(within(rural).getByText('140')).toBeTruthy()
    expect(within(rural).queryByText('Tạm thời')).toBeNull()
  })

  it('lists the indicators by dimension with their thresholds described by the catalogue', () => {
    renderDetail(ND351_2025, false)
    expect(screen.getByText('Nước sinh hoạt, vệ sinh và môi trường')).toBeTruthy()

    const waste = indicatorRow('Xử lý rác thải')
    expect(within(waste).getByText('Tạm thời')).toBeTruthy()
    expect(within(waste).getByText(/Cách xử lý đạt yêu cầu/)).toBeTruthy()
    expect(within(waste).getByText('Được thu gom')).toBeTruthy()
    expect(within(waste).getByText('Phân loại, xử lý tại nhà')).toBeTruthy()

    const dependents = indicatorRow('Người phụ thuộc trong hộ gia đình')
    expect(within(dependents).getByText('0,5')).toBeTruthy()
    expect(within(dependents).queryByText('Tạm thời')).toBeNull()
    expect(within(indicatorRow('Sử dụng dịch vụ viễn thông')).getByText('Internet')).toBeTruthy()
  })

  it('shows yes/no thresholds in words', () => {
    renderDetail(ND07_2021, false)
    const information = indicatorRow('Phương tiện phục vụ tiếp cận thông tin')
    expect(within(information).getByText(/Loa truyền thanh thôn, xã cũng được tính/).parentElement?.textContent).toContain(
      'Không',
    )
    expect(within(information).getByText('Điện thoại thông minh')).toBeTruthy()
  })

  it('hides the administrators\' actions from everyone else', () => {
    renderDetail(ND351_2025, false)
    expect(screen.queryByTestId('standard-actions')).toBeNull()
    expect(screen.queryByRole('button', { name: /Sao chép/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Sửa/ })).toBeNull()
  })

  it('offers an administrator what the status allows', () => {
    const { unmount } = renderDetail(ND351_2025, true)
    const actions = () => within(screen.getByTestId('standard-actions'))
    expect(actions().getByRole('button', { name: /Sao chép thành bản nháp/ })).toBeTruthy()
    expect(actions().getByRole('button', { name: /Sửa phần tạm thời/ })).toBeTruthy()
    expect(actions().getByRole('button', { name: /Kiểm tra/ })).toBeTruthy()
    expect(actions().getByRole('button', { name: /Ngừng áp dụng/ })).toBeTruthy()
    expect(actions().queryByRole('button', { name: /Công bố/ })).toBeNull()
    expect(actions().queryByRole('button', { name: /Xóa/ })).toBeNull()
    unmount()

    // Published, unused, but nothing provisional: nothing to edit.
    renderDetail(ND07_2021, true)
    expect(actions().queryByRole('button', { name: /Sửa/ })).toBeNull()
    expect(actions().getByRole('button', { name: /Ngừng áp dụng/ })).toBeTruthy()
  })

  it('publishes a draft after confirmation, with If-Match, and lists why the server refused', async () => {
    const fetch = vi.fn(async (_request: Request) =>
      problemResponse(422, 'standard.invalid', {
        violations: [{ field: 'years', message: '2027–2030 overlap the published standard ND07_2021' }],
      }),
    )
    vi.stubGlobal('fetch', fetch)
    const user = userEvent.setup()
    renderDetail(DRAFT, true)

    await user.click(screen.getByRole('button', { name: /Công bố/ }))
    const confirm = await screen.findByRole('tooltip')
    expect(confirm.textContent).toContain('Công bố chuẩn ND351_2025_V2?')
    expect(confirm.textContent).toContain('Chuẩn ND351_2025 sẽ ngừng áp dụng nếu trùng giai đoạn.')
    await user.click(within(confirm).getByRole('button', { name: /Công bố/ }))

    const error = await screen.findByTestId('standard-action-error')
    expect(error.textContent).toContain('Chuẩn nghèo chưa hợp lệ.')
    expect(error.textContent).toContain('years: 2027–2030 overlap the published standard ND07_2021')
    const [request] = fetch.mock.calls[0]
    expect(request.method).toBe('POST')
    expect(new URL(request.url).pathname).toBe('/api/v1/standards/ND351_2025_V2/publication')
    expect(request.headers.get('If-Match')).toBe('"4"')
  })

  it('shows the problems a validation finds', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ valid: false, problems: ['lines: RURAL averageLivingUpper is required'] })),
    )
    const user = userEvent.setup()
    renderDetail(DRAFT, true)
    await user.click(screen.getByRole('button', { name: /Kiểm tra/ }))
    const validation = await screen.findByTestId('standard-validation')
    await waitFor(() => expect(validation.textContent).toContain('Chuẩn chưa công bố được vì:'))
    expect(within(validation).getByText('lines: RURAL averageLivingUpper is required')).toBeTruthy()
  })

  it('copies a standard into a draft under a new code', async () => {
    const fetch = vi.fn(async (request: Request) =>
      (await request.clone().json()).newCode === 'ND351_2025'
        ? problemResponse(409, 'standard.duplicate_code')
        : jsonResponse({ ...DRAFT, code: 'ND351_2025_B' }, { status: 201 }),
    )
    vi.stubGlobal('fetch', fetch)
    const user = userEvent.setup()
    renderDetail(ND351_2025, true)

    await user.click(screen.getByRole('button', { name: /Sao chép thành bản nháp/ }))
    const dialog = await screen.findByRole('dialog')
    const code = within(dialog).getByLabelText('Mã bản nháp')
    await user.clear(code)
    await user.type(code, 'nd351_2025')
    expect((code as HTMLInputElement).value).toBe('ND351_2025')
    await user.click(within(dialog).getByRole('button', { name: /Tạo bản nháp/ }))
    expect(await within(dialog).findByText('Đã có chuẩn nghèo với mã này.')).toBeTruthy()

    await user.type(code, '_B')
    await user.click(within(dialog).getByRole('button', { name: /Tạo bản nháp/ }))
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2))
    const request = fetch.mock.calls[1][0]
    expect(new URL(request.url).pathname).toBe('/api/v1/standards/ND351_2025/copies')
    expect(await request.json()).toEqual({ newCode: 'ND351_2025_B' })
  })
})
