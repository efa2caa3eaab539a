import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { changeLanguage } from '@/lib/i18n'
import { renderWithProviders } from '@/testing/render'
import { ND07_2021 } from '@/testing/standards'
import { ClassificationResult } from './classification-result'

const ND07_INDICATORS: [string, string][] = [
  ['EMPLOYMENT', 'EMPLOYMENT'],
  ['DEPENDENTS', 'EMPLOYMENT'],
  ['NUTRITION', 'HEALTH'],
  ['HEALTH_INSURANCE', 'HEALTH'],
  ['ADULT_EDUCATION', 'EDUCATION'],
  ['CHILD_SCHOOLING', 'EDUCATION'],
  ['HOUSING_QUALITY', 'HOUSING'],
  ['HOUSING_AREA', 'HOUSING'],
  ['DRINKING_WATER', 'WATER_SANITATION'],
  ['SANITATION', 'WATER_SANITATION'],
  ['TELECOM', 'INFORMATION'],
  ['INFORMATION_ACCESS', 'INFORMATION'],
]

const DEPRIVED = ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION']
const UNKNOWN = ['HOUSING_AREA', 'DRINKING_WATER']

/** The answer for the e2e household: poor under ND07_2021, one tick, two indicators undetermined. */
const POOR: Schemas['ClassificationView'] = {
  standardCode: 'ND07_2021',
  standardName: ND07_2021.definition.name ?? '',
  standardNameEn: ND07_2021.definition.nameEn ?? '',
  year: 2025,
  referenceDate: '2025-12-31',
  classification: 'POOR',
  deprivedIndicators: DEPRIVED,
  deprivationCount: 3,
  scoreB: 30,
  incomeBasis: 'MEASURED_INCOME',
  explanations: [
    {
      indicator: 'HEALTH_INSURANCE',
      source: 'DERIVED',
      memberIndex: 0,
      memberName: 'Nguyễn Văn An',
      text: 'Nguyễn Văn An, 35 tuổi, không có thẻ BHYT',
      textEn: 'Nguyễn Văn An, aged 35, has no health insurance card',
    },
    {
      indicator: 'SANITATION',
      source: 'GIVEN',
      memberIndex: null,
      memberName: null,
      text: 'Cán bộ đánh dấu thiếu hụt trên phiếu',
      textEn: 'Ticked as deprived by the officer',
    },
  ],
  subgroups: { noLabourCapacity: false, meritoriousMember: null, ethnicMinority: false },
  indicators: ND07_INDICATORS.map(([code, dimension]) => ({
    code,
    name: code,
    nameEn: code,
    dimension,
    dimensionName: dimension,
    dimensionNameEn: dimension,
    deprived: DEPRIVED.includes(code),
    source: code === 'SANITATION' ? 'GIVEN' : UNKNOWN.includes(code) ? 'UNKNOWN' : 'DERIVED',
  })),
  undeterminedIndicators: UNKNOWN,
  ignoredDeprivations: [],
}

describe('ClassificationResult', () => {
  afterEach(() => changeLanguage('vi'))

  it('shows the class, score B, deprivations and the standard', () => {
    renderWithProviders(<ClassificationResult result={POOR} definition={ND07_2021.definition} />)
    expect(screen.getByTestId('household-class').textContent).toBe('Hộ nghèo')
    expect(screen.getByText(/Theo ND07_2021: Chuẩn nghèo đa chiều giai đoạn 2022–2025/)).toBeTruthy()
    expect(screen.getByText('Điểm B').closest('.ant-statistic')?.textContent).toContain('30')
    expect(screen.getByText('Số chỉ số thiếu hụt').closest('.ant-statistic')?.textContent).toContain('3')
    expect(screen.getByText('Thu nhập bình quân')).toBeTruthy()
  })

  it('groups the indicators under the dimensions named by the standard, deprived ones marked', () => {
    renderWithProviders(<ClassificationResult result={POOR} definition={ND07_2021.definition} />)
    const table = screen.getByTestId('indicator-outcomes')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(12)

    // The dimension cell spans its indicators: "Y tế" heads Dinh dưỡng and Bảo hiểm y tế.
    const health = within(table).getByText('Y tế').closest('td')
    expect(health?.getAttribute('rowspan')).toBe('2')
    expect(health?.closest('tr')?.textContent).toContain('Dinh dưỡng')

    const insurance = within(table).getByText('Bảo hiểm y tế').closest('tr') as HTMLElement
    expect(within(insurance).getByText('Thiếu hụt')).toBeTruthy()
    expect(within(insurance).getByText('Suy ra')).toBeTruthy()
    const latrine = within(table).getByText('Nhà tiêu hợp vệ sinh').closest('tr') as HTMLElement
    expect(within(latrine).getByText('Cán bộ đánh dấu')).toBeTruthy()
    const area = within(table).getByText('Diện tích nhà ở bình quân đầu người').closest('tr') as HTMLElement
    expect(within(area).getByText('Không thiếu hụt')).toBeTruthy()
    expect(within(area).getByText('Chưa xác định')).toBeTruthy()
  })

  it('warns about the undetermined indicators, by name', () => {
    renderWithProviders(<ClassificationResult result={POOR} definition={ND07_2021.definition} />)
    const warning = screen.getByTestId('undetermined')
    expect(warning.textContent).toContain('2 chỉ số')
    expect(warning.textContent).toContain('Diện tích nhà ở bình quân đầu người, Nguồn nước sinh hoạt')
  })

  it('explains in the UI language', async () => {
    renderWithProviders(<ClassificationResult result={POOR} definition={ND07_2021.definition} />)
    const explanations = () => screen.getAllByTestId('explanation').map((item) => item.textContent)
    expect(explanations()).toEqual([
      'Bảo hiểm y tế: Nguyễn Văn An, 35 tuổi, không có thẻ BHYT',
      'Nhà tiêu hợp vệ sinh: Cán bộ đánh dấu thiếu hụt trên phiếu',
    ])

    await changeLanguage('en')
    expect(await screen.findByText('Poor household')).toBeTruthy()
    expect(explanations()).toEqual([
      'Health insurance: Nguyễn Văn An, aged 35, has no health insurance card',
      'Hygienic latrine: Ticked as deprived by the officer',
    ])
    expect(screen.getByText('Water and sanitation')).toBeTruthy()
  })

  it('shows the subgroups, unknown ones as such', () => {
    renderWithProviders(<ClassificationResult result={POOR} definition={ND07_2021.definition} />)
    const meritorious = screen.getByText('Hộ có thành viên là người có công').closest('tr') as HTMLElement
    expect(within(meritorious).getByText('Chưa rõ')).toBeTruthy()
    const minority = screen.getByText('Hộ dân tộc thiểu số').closest('tr') as HTMLElement
    expect(within(minority).getByText('Không')).toBeTruthy()
  })
})
