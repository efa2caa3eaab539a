import type { LineSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { formatRate } from '@/lib/format'
import type { Target, YearFigure } from '../api/get-dashboard'
import { buildDeprivationsOption, buildRateChartOption, chartYears, type RateChartTexts } from './chart-options'

const texts: RateChartTexts = {
  poorRate: 'Tỷ lệ hộ nghèo',
  nearPoorRate: 'Tỷ lệ hộ cận nghèo',
  historical: '(số liệu nhập tay)',
  targets: 'Mục tiêu',
  targetName: (target) => `Mục tiêu ${target.year} – ${target.indicator}`,
  rate: (value) => formatRate(value, 'vi'),
}

const historical = (year: number, poorRate: number): YearFigure => ({
  year,
  households: null,
  poor: null,
  poorRate,
  nearPoor: null,
  nearPoorRate: null,
  source: 'HISTORICAL',
})

const registry = (year: number, poorRate: number, nearPoorRate: number): YearFigure => ({
  year,
  households: 165,
  poor: 3,
  poorRate,
  nearPoor: 16,
  nearPoorRate,
  source: 'REGISTRY',
})

/** The seed ward: 2016–2021 entered by hand (the resolution's figures), 2022 on from the registry. */
const WARD: YearFigure[] = [
  historical(2016, 12.04),
  historical(2017, 10.04),
  historical(2018, 5.52),
  historical(2019, 2.9),
  historical(2020, 2.61),
  historical(2021, 4.1),
  registry(2022, 1.82, 9.7),
  registry(2023, 2.42, 8.48),
]

const target = (overrides: Partial<Target>): Target => ({
  id: 'bd0f7c00-610e-4b0e-9849-c95d6dea235d',
  unitCode: '19996',
  year: 2025,
  indicator: 'NO_LABOUR_POOR_RATE',
  targetValue: 1.7,
  baselineYear: null,
  baselineValue: null,
  source: null,
  actual: 0,
  actualYear: 2023,
  trajectory: 1.7,
  light: 'GREEN',
  version: 0,
  ...overrides,
})

function seriesOf(option: ReturnType<typeof buildRateChartOption>): LineSeriesOption[] {
  return option.series as LineSeriesOption[]
}

describe('buildRateChartOption', () => {
  it('draws the years entered by hand as their own dashed series, named as such in the legend', () => {
    const option = buildRateChartOption(WARD, [], texts)
    const series = seriesOf(option)
    const poorHistorical = series.find((line) => line.id === 'poorRate-historical')
    const poorRegistry = series.find((line) => line.id === 'poorRate-registry')
    expect(poorHistorical?.name).toBe('Tỷ lệ hộ nghèo (số liệu nhập tay)')
    expect(poorHistorical?.lineStyle?.type).toBe('dashed')
    expect(poorHistorical?.symbol).toBe('emptyCircle')
    expect(poorRegistry?.lineStyle?.type).toBe('solid')
    expect((option.xAxis as { data: string[] }).data).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'])
    // 2016–2021 by hand, then the bridge to the registry's 2022 without a marker
    expect(poorHistorical?.data).toEqual([12.04, 10.04, 5.52, 2.9, 2.61, 4.1, { value: 1.82, symbol: 'none' }, null])
    expect(poorRegistry?.data).toEqual([null, null, null, null, null, null, 1.82, 2.42])
    expect((option.legend as { data: string[] }).data).toContain('Tỷ lệ hộ nghèo (số liệu nhập tay)')
  })

  it('leaves out a series without any value (no near-poor figures entered by hand)', () => {
    const ids = seriesOf(buildRateChartOption(WARD, [], texts)).map((line) => line.id)
    expect(ids).toEqual(['poorRate-historical', 'poorRate-registry', 'nearPoorRate-registry'])
  })

  it('pins a rate target at its year, extending the axis to it, and draws the line from its baseline', () => {
    const targets = [
      target({}),
      target({ id: 'd122589b', indicator: 'POVERTY_RATE', targetValue: 2.5, baselineYear: 2021, baselineValue: 4.1 }),
      target({ id: 'a71445f7', indicator: 'MERITORIOUS_POOR', targetValue: 0 }),
    ]
    const option = buildRateChartOption(WARD, targets, texts)
    expect((option.xAxis as { data: string[] }).data.at(-1)).toBe('2025')
    const targetSeries = seriesOf(option).find((line) => line.id === 'targets')
    const points = targetSeries?.markPoint?.data as { coord: [string, number]; value: number; name: string }[]
    // the count target (households with a member of meritorious service) is not a rate: not on the chart
    expect(points.map((point) => point.coord)).toEqual([
      ['2025', 1.7],
      ['2025', 2.5],
    ])
    expect(points[0].name).toBe('Mục tiêu 2025 – NO_LABOUR_POOR_RATE')
    const lines = targetSeries?.markLine?.data as [{ coord: [string, number] }, { coord: [string, number] }][]
    expect(lines).toHaveLength(1)
    expect(lines[0][0].coord).toEqual(['2021', 4.1])
    expect(lines[0][1].coord).toEqual(['2025', 2.5])
  })

  it('shows rates the Vietnamese way on the axis and in the tooltip, with the source noted', () => {
    const option = buildRateChartOption(WARD, [target({})], texts)
    const axisLabel = (option.yAxis as { axisLabel: { formatter: (value: number) => string } }).axisLabel
    expect(axisLabel.formatter(4.1)).toBe('4,1\u00a0%')
    const tooltip = option.tooltip as { formatter: (params: unknown) => string }
    const text = tooltip.formatter([{ axisValue: '2016', name: '2016' }])
    expect(text).toContain('Tỷ lệ hộ nghèo: 12,04\u00a0% (số liệu nhập tay)')
    expect(tooltip.formatter([{ axisValue: '2025', name: '2025' }])).toContain('Mục tiêu 2025 – NO_LABOUR_POOR_RATE: 1,7\u00a0%')
  })
})

describe('chartYears', () => {
  it('covers every year from the first figure to the last target', () => {
    expect(chartYears([historical(2019, 2.9)], [target({ year: 2021 })])).toEqual([2019, 2020, 2021])
    expect(chartYears([], [])).toEqual([])
  })
})

describe('buildDeprivationsOption', () => {
  it('puts the most common deprivation on top with its share as a rate', () => {
    const option = buildDeprivationsOption(
      [
        { indicator: 'EMPLOYMENT', poorDeprived: 2, shareOfPoor: 100 },
        { indicator: 'DRINKING_WATER', poorDeprived: 1, shareOfPoor: 50 },
      ],
      (code) => (code === 'EMPLOYMENT' ? 'Việc làm' : 'Nước sinh hoạt'),
      (value) => formatRate(value, 'vi'),
    )
    expect((option.yAxis as { data: string[] }).data).toEqual(['Nước sinh hoạt', 'Việc làm'])
    expect((option.series as { data: number[] }[])[0].data).toEqual([50, 100])
  })
})
