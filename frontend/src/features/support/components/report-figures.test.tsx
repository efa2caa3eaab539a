import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { REPORT } from '@/testing/support'
import { EffectTable } from './effect-table'
import { ReportFigures } from './report-figures'

function figure(key: string): string {
  return screen.getByTestId(`figure-${key}`).textContent ?? ''
}

describe('ReportFigures', () => {
  it("shows a group's year in figures, money in đồng and visits on time as a percentage", () => {
    renderWithProviders(<ReportFigures report={REPORT} />)
    expect(figure('households')).toContain('Hộ được giao4')
    expect(figure('plans')).toContain('Kế hoạch4')
    expect(figure('items')).toContain('3/8')
    expect(figure('valueDelivered')).toContain('4.500.000 ₫')
    expect(figure('valuePlanned')).toContain('32.000.000 ₫')
    expect(figure('visits')).toContain('87,5 %')
    expect(figure('visits')).toContain('7/8')
    expect(figure('findingsReceived')).toContain('4')
    expect(figure('findingsReceived')).toContain('Đã nhận đúng 2 · chưa nhận 1 · không sử dụng 1')
    expect(figure('findingsMade')).toContain('5')
    expect(figure('escapes')).toContain('1/2')
    expect(screen.getByTestId('report-chart')).toBeTruthy()
  })

  it('shows no share when no visit was due yet', () => {
    renderWithProviders(<ReportFigures report={{ ...REPORT, visitsOnTime: null, visitMonthsDone: 0, visitMonthsDue: 0 }} />)
    expect(figure('visits')).toContain('–')
  })
})

describe('EffectTable', () => {
  it('shows the share of households no longer deprived per kind, and planned escapes vs escaped', () => {
    renderWithProviders(
      <EffectTable
        indicatorName={(code) => (code === 'SANITATION' ? 'Nhà tiêu hợp vệ sinh' : code)}
        effect={{
          year: 2025,
          areaCode: '20179',
          kinds: [
            { kindCode: 'LATRINE', kindName: 'Hố xí hợp vệ sinh', indicators: ['SANITATION'], householdsReceived: 4, householdsFollowed: 4, householdsImproved: 3, share: 0.75 },
            { kindCode: 'SEEDLINGS', kindName: 'Cây giống', indicators: [], householdsReceived: 2, householdsFollowed: 0, householdsImproved: 0, share: null },
          ],
          plannedEscapes: 3,
          escaped: 2,
          escapeShare: 2 / 3,
        }}
      />,
    )
    expect(screen.getByTestId('share-LATRINE').textContent).toBe('75 %')
    expect(screen.getByTestId('share-SEEDLINGS').textContent).toBe('–')
    expect(screen.getByText('Nhà tiêu hợp vệ sinh')).toBeTruthy()
    expect(screen.getByTestId('effect').textContent).toContain('66,7 %')
  })
})
