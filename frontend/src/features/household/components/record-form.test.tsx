import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import dayjs from 'dayjs'
import { describe, expect, it, vi } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { chooseOption } from '@/testing/antd'
import { requestsTo, stubBackend } from '@/testing/backend'
import { HOUSEHOLD, HOUSEHOLD_ID, RECORD_2024, RECORD_2025 } from '@/testing/households'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { ND07_2021, ND351_2025, STANDARD_SUMMARIES } from '@/testing/standards'
import { RecordForm } from './record-form'

const RECORDS_PATH = `/api/v1/households/${HOUSEHOLD_ID}/records`
const TODAY = dayjs().format('YYYY-MM-DD')

function preview(classification: Schemas['HouseholdClass'], deprived: string[]): Schemas['ClassificationView'] {
  return {
    ...RECORD_2025.explanation,
    classification,
    deprivedIndicators: deprived,
    deprivationCount: deprived.length,
    scoreB: deprived.length * 10,
  }
}

function stub(records: Schemas['RecordView'][] = []) {
  return stubBackend({
    [`GET ${RECORDS_PATH}`]: () => jsonResponse(records),
    'POST /api/v1/classification/evaluate': async (request) => {
      const body = (await request.clone().json()) as Schemas['EvaluateRequest']
      return jsonResponse(
        body.household?.wallsDurable === false
          ? preview('POOR', ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION'])
          : preview('NEAR_POOR', ['HEALTH_INSURANCE']),
      )
    },
    [`POST ${RECORDS_PATH}`]: () => jsonResponse(RECORD_2025, { status: 201 }),
  })
}

function renderForm(onSaved = vi.fn()) {
  renderWithProviders(
    <RecordForm
      household={HOUSEHOLD}
      areaType="RURAL"
      standards={STANDARD_SUMMARIES}
      definitions={{ ND07_2021: ND07_2021.definition, ND351_2025: ND351_2025.definition }}
      initialYear={2025}
      onSaved={onSaved}
    />,
  )
  return onSaved
}

async function typeIncome(user: UserEvent, income: string, shown: string) {
  const field = screen.getByLabelText('Thu nhập bình quân đầu người/tháng')
  await user.type(field, income)
  await waitFor(() => expect((field as HTMLInputElement).value).toBe(shown))
}

describe('RecordForm', () => {
  it('previews the class while the officer types, with the members of the household', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    renderForm()
    expect(screen.getByText('Chuẩn nghèo năm 2025: ND07_2021')).toBeTruthy()
    expect(screen.getByText(/Nhập năm rà soát và thu nhập bình quân/)).toBeTruthy()

    await typeIncome(user, '1200000', '1.200.000')
    expect((await screen.findByTestId('preview-class')).textContent).toBe('Hộ cận nghèo')

    await chooseOption(user, screen.getByLabelText('Tường bền chắc'), 'Không')
    await waitFor(() => expect(screen.getByTestId('preview-class').textContent).toBe('Hộ nghèo'))
    const deprived = screen.getByTestId('preview-deprived')
    expect(within(deprived).getByText('Chất lượng nhà ở')).toBeTruthy()
    expect(deprived.textContent).toContain('Trần Văn Thử, 45 tuổi, không có thẻ BHYT')
    expect(screen.getByTestId('record-preview').textContent).toContain('Điểm B30')

    // Debounced: one request per pause, not one per key; the members who left are not counted.
    const asked = await Promise.all(
      requestsTo(fetch, 'POST', '/api/v1/classification/evaluate').map((request) => request.json()),
    )
    expect(asked.length).toBeLessThanOrEqual(3)
    expect(asked[asked.length - 1]).toEqual({
      year: 2025,
      areaType: 'RURAL',
      monthlyIncomePerCapita: 1_200_000,
      household: { wallsDurable: false },
      members: [
        {
          name: 'Trần Văn Thử',
          birthDate: '1980-02-03',
          sex: 'MALE',
          ethnicity: '01',
          relationToHead: 'HEAD',
          employment: 'SELF_EMPLOYED',
          healthInsurance: false,
        },
        { name: 'Lê Thị Thử', sex: 'FEMALE', ethnicity: '10', relationToHead: 'SPOUSE' },
      ],
      // The survey date (today) is not in 2025 unless the test runs in 2025.
      ...(dayjs().year() === 2025 ? { referenceDate: TODAY } : {}),
    })
  })

  it('stores the record: survey, income, facts, ticks, causes and needs', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    const onSaved = renderForm()

    await user.type(screen.getByLabelText('Rà soát viên'), 'Hồ Văn Rà')
    await typeIncome(user, '1200000', '1.200.000')
    await chooseOption(user, screen.getByLabelText('Loại nhà tiêu'), 'Hố đào đơn giản')
    const latrine = screen.getByRole('radiogroup', { name: 'Nhà tiêu hợp vệ sinh' })
    await user.click(within(latrine).getByText('Thiếu hụt'))
    await user.click(screen.getByLabelText('Thiếu đất sản xuất'))
    await user.click(screen.getByLabelText('Vay vốn tín dụng'))
    await user.click(screen.getByRole('button', { name: /Lưu kết quả rà soát/ }))

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(RECORD_2025))
    const [request] = requestsTo(fetch, 'POST', RECORDS_PATH)
    expect(await request.json()).toEqual({
      surveyYear: 2025,
      surveyDate: TODAY,
      reviewer: 'Hồ Văn Rà',
      monthlyIncomePerCapita: 1_200_000,
      deprivations: { SANITATION: true },
      household: { latrineType: 'SIMPLE_PIT' },
      causes: ['LACK_OF_LAND'],
      needs: ['CREDIT'],
    })
  })

  it('asks why when the year already has a record, and sends the reason', async () => {
    const fetch = stub([RECORD_2024])
    const user = userEvent.setup()
    renderForm()
    const year = screen.getByLabelText('Năm rà soát')
    await user.clear(year)
    await user.type(year, '2024')
    expect((await screen.findByTestId('correcting')).textContent).toContain('Năm 2024 đã có kết quả rà soát (Hộ cận nghèo)')
    await user.click(screen.getByRole('radio', { name: 'Điểm A' }).closest('label') as HTMLElement)
    await user.type(await screen.findByRole('spinbutton', { name: 'Điểm A' }), '120')
    await user.click(screen.getByRole('button', { name: /Lưu kết quả rà soát/ }))
    expect(await screen.findByText(/Nhập lý do đính chính/)).toBeTruthy()
    expect(requestsTo(fetch, 'POST', RECORDS_PATH)).toHaveLength(0)

    await user.type(screen.getByLabelText('Lý do đính chính'), 'Điểm A tính lại')
    await user.click(screen.getByRole('button', { name: /Lưu kết quả rà soát/ }))
    await waitFor(() => expect(requestsTo(fetch, 'POST', RECORDS_PATH)).toHaveLength(1))
    expect(await requestsTo(fetch, 'POST', RECORDS_PATH)[0].json()).toEqual({
      surveyYear: 2024,
      surveyDate: TODAY,
      scoreA: 120,
      correctionReason: 'Điểm A tính lại',
    })
  })

  it('hands the record to the caller instead when told how to save it (a review survey), for a fixed year', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    const save = vi.fn(async () => {})
    const onSaved = vi.fn()
    renderWithProviders(
      <RecordForm
        household={HOUSEHOLD}
        areaType="RURAL"
        standards={STANDARD_SUMMARIES}
        definitions={{ ND07_2021: ND07_2021.definition }}
        initialYear={2025}
        yearFixed
        save={save}
        onSaved={onSaved}
      />,
    )
    expect((screen.getByLabelText('Năm rà soát') as HTMLInputElement).disabled).toBe(true)
    await typeIncome(user, '1200000', '1.200.000')
    await user.click(screen.getByRole('button', { name: /Lưu kết quả rà soát/ }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce())
    expect(save).toHaveBeenCalledWith({ surveyYear: 2025, surveyDate: TODAY, monthlyIncomePerCapita: 1_200_000 })
    expect(requestsTo(fetch, 'POST', RECORDS_PATH)).toHaveLength(0)
  })
})
