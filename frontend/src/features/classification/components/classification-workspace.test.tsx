import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { chooseOption } from '@/testing/antd'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { ND07_2021, ND351_2025, STANDARD_SUMMARIES } from '@/testing/standards'
import type { Classification } from '../api/classify-household'
import { ClassificationWorkspace } from './classification-workspace'

const DEFINITIONS = { ND07_2021: ND07_2021.definition, ND351_2025: ND351_2025.definition }

function classification(code: string, overrides: Partial<Classification> = {}): Classification {
  return {
    standardCode: code,
    standardName: code,
    standardNameEn: code,
    year: 2025,
    referenceDate: '2025-12-31',
    classification: 'POOR',
    deprivedIndicators: ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION'],
    deprivationCount: 3,
    scoreB: 30,
    incomeBasis: 'MEASURED_INCOME',
    explanations: [],
    subgroups: { noLabourCapacity: false, meritoriousMember: false, ethnicMinority: false },
    indicators: [],
    undeterminedIndicators: [],
    ignoredDeprivations: [],
    ...overrides,
  }
}

function stubBackend(answer: (request: Request) => Response | Promise<Response>) {
  const fetch = vi.fn(answer)
  vi.stubGlobal('fetch', fetch)
  return fetch
}

async function sentBody(fetch: ReturnType<typeof stubBackend>, path: string): Promise<unknown> {
  await waitFor(() => expect(fetch.mock.calls.some(([request]) => request.url.endsWith(path))).toBe(true))
  const request = fetch.mock.calls.map(([call]) => call).find((call) => call.url.endsWith(path))
  expect(request?.method).toBe('POST')
  return request?.json()
}

function renderWorkspace() {
  return renderWithProviders(
    <ClassificationWorkspace standards={STANDARD_SUMMARIES} definitions={DEFINITIONS} initialYear={2025} />,
  )
}

async function typeRuralIncome(user: UserEvent, income: string) {
  await user.click(screen.getByText('Nông thôn'))
  const field = screen.getByLabelText('Thu nhập bình quân đầu người/tháng')
  await user.type(field, income)
  await waitFor(() => expect((field as HTMLInputElement).value).toBe('1.400.000'))
}

describe('ClassificationWorkspace', () => {
  it('proposes the standard governing the year and lists its indicators for ticks', async () => {
    stubBackend(() => new Response(null, { status: 500 }))
    renderWorkspace()
    expect(screen.getByText('Theo năm rà soát: ND07_2021')).toBeTruthy()
    const ticks = screen.getByTestId('indicator-ticks')
    expect(within(ticks).getByText('Phương tiện phục vụ tiếp cận thông tin')).toBeTruthy()
    expect(within(ticks).queryByText('Xử lý rác thải')).toBeNull()

    const year = screen.getByLabelText('Năm rà soát')
    const user = userEvent.setup()
    await user.clear(year)
    await user.type(year, '2027')
    expect(await screen.findByText('Theo năm rà soát: ND351_2025')).toBeTruthy()
    expect(within(screen.getByTestId('indicator-ticks')).getByText('Xử lý rác thải')).toBeTruthy()
  })

  it('sends the household with its facts, members and the officer\'s ticks, and shows the class', async () => {
    const fetch = stubBackend(() => jsonResponse(classification('ND07_2021')))
    const user = userEvent.setup()
    renderWorkspace()

    await typeRuralIncome(user, '1400000')
    await chooseOption(user, screen.getByLabelText('Tường bền chắc'), 'Không')
    await chooseOption(user, screen.getByLabelText('Mái bền chắc'), 'Không')
    await chooseOption(user, screen.getByLabelText('Loại nhà tiêu'), 'Tự hoại')

    await user.type(screen.getByLabelText('Họ và tên – thành viên 1'), 'Nguyễn Văn An')
    await user.type(screen.getByLabelText('Ngày sinh – thành viên 1'), '15/05/1990')
    await chooseOption(user, screen.getByLabelText('Giới tính – thành viên 1'), 'Nam')
    await chooseOption(user, screen.getByLabelText('Có thẻ BHYT – thành viên 1'), 'Không')
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }))
    await user.type(screen.getByLabelText('Họ và tên – thành viên 2'), 'Nguyễn Thị Bình')
    await chooseOption(user, screen.getByLabelText('Quan hệ với chủ hộ – thành viên 2'), 'Con')
    await chooseOption(user, screen.getByLabelText('Đang đi học – thành viên 2'), 'Có')

    const latrine = screen.getByRole('radiogroup', { name: 'Nhà tiêu hợp vệ sinh' })
    await user.click(within(latrine).getByText('Thiếu hụt'))
    const telecom = screen.getByRole('radiogroup', { name: 'Sử dụng dịch vụ viễn thông' })
    await user.click(within(telecom).getByText('Không thiếu hụt'))

    await user.click(screen.getByRole('button', { name: /Phân loại$/ }))

    expect(await sentBody(fetch, '/api/v1/classification/evaluate')).toEqual({
      year: 2025,
      areaType: 'RURAL',
      monthlyIncomePerCapita: 1_400_000,
      deprivations: { SANITATION: true, TELECOM: false },
      household: { wallsDurable: false, roofDurable: false, latrineType: 'SEPTIC' },
      members: [
        {
          name: 'Nguyễn Văn An',
          birthDate: '1990-05-15',
          sex: 'MALE',
          ethnicity: '01',
          relationToHead: 'HEAD',
          healthInsurance: false,
        },
        { name: 'Nguyễn Thị Bình', ethnicity: '01', relationToHead: 'CHILD', attendingSchool: true },
      ],
    })
    expect((await screen.findByTestId('household-class')).textContent).toBe('Hộ nghèo')
  })

  it('checks the area type and the income before sending', async () => {
    const fetch = stubBackend(() => new Response(null, { status: 500 }))
    const user = userEvent.setup()
    renderWorkspace()
    await user.click(screen.getByRole('button', { name: /Phân loại$/ }))
    expect(await screen.findByText('Chọn thành thị hoặc nông thôn')).toBeTruthy()
    expect(screen.getByText('Nhập thu nhập bình quân')).toBeTruthy()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('shows a problem of the server in words', async () => {
    stubBackend(() => problemResponse(422, 'classification.no_standard_for_year'))
    const user = userEvent.setup()
    renderWorkspace()
    await typeRuralIncome(user, '1400000')
    await user.click(screen.getByRole('button', { name: /Phân loại$/ }))
    expect((await screen.findByTestId('classification-error')).textContent).toContain(
      'Chưa có chuẩn nghèo nào được công bố cho năm rà soát này.',
    )
  })

  it('compares the household under every published standard, one column each', async () => {
    const fetch = stubBackend(() =>
      jsonResponse({
        results: [
          classification('QD59_2015', { classification: 'AVERAGE_LIVING', deprivedIndicators: [], scoreB: 0 }),
          classification('ND07_2021'),
          classification('ND351_2025', { classification: 'NEAR_POOR', ignoredDeprivations: ['INFORMATION_ACCESS'] }),
        ],
      }),
    )
    const user = userEvent.setup()
    renderWorkspace()
    await typeRuralIncome(user, '1400000')
    const latrine = screen.getByRole('radiogroup', { name: 'Phương tiện phục vụ tiếp cận thông tin' })
    await user.click(within(latrine).getByText('Thiếu hụt'))

    await user.click(screen.getByRole('button', { name: /So sánh các chuẩn/ }))

    expect(await sentBody(fetch, '/api/v1/classification/compare')).toEqual({
      year: 2025,
      areaType: 'RURAL',
      monthlyIncomePerCapita: 1_400_000,
      members: [{ ethnicity: '01', relationToHead: 'HEAD' }],
      deprivations: { INFORMATION_ACCESS: true },
      standardCodes: ['QD59_2015', 'ND07_2021', 'ND351_2025'],
    })
    const table = await screen.findByTestId('comparison-table')
    const header = within(table).getAllByRole('columnheader').map((cell) => cell.textContent)
    expect(header).toHaveLength(4)
    expect(header[1]).toMatch(/^QD59_2015/)
    expect(header[2]).toMatch(/^ND07_2021Chuẩn nghèo đa chiều giai đoạn 2022–2025/)
    expect(header[3]).toMatch(/^ND351_2025Chuẩn nghèo đa chiều giai đoạn 2027–2030/)
    const classes = within(within(table).getByText('Phân loại').closest('tr') as HTMLElement)
    expect(classes.getByText('Hộ có mức sống trung bình')).toBeTruthy()
    expect(classes.getByText('Hộ nghèo')).toBeTruthy()
    expect(classes.getByText('Hộ cận nghèo')).toBeTruthy()
    expect(
      screen.getByText(/Chuẩn ND351_2025 không có chỉ số Phương tiện phục vụ tiếp cận thông tin/),
    ).toBeTruthy()
  })
})
