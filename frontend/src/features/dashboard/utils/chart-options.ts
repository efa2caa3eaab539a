import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { DeprivationShare, Target, TargetIndicator, YearFigure } from '../api/get-dashboard'

export type RateChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption | MarkPointComponentOption
>
export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>

export const POOR_COLOR = '#cf1322'
export const NEAR_POOR_COLOR = '#fa8c16'
export const TARGET_COLOR = '#722ed1'

/** Targets that are rates in % of households, drawn on the rate chart (the others are counts). */
export const RATE_INDICATORS: readonly TargetIndicator[] = ['POVERTY_RATE', 'NEAR_POVERTY_RATE', 'NO_LABOUR_POOR_RATE']

export function isRateIndicator(indicator: TargetIndicator): boolean {
  return RATE_INDICATORS.includes(indicator)
}

/** The texts the chart shows, in the UI language. */
export interface RateChartTexts {
  poorRate: string
  nearPoorRate: string
  /** Appended to a series of figures entered by hand, e.g. "(số liệu nhập tay)". */
  historical: string
  targets: string
  /** A target's name, e.g. "Mục tiêu 2025 – Tỷ lệ hộ nghèo". */
  targetName: (target: Target) => string
  /** A rate as the UI writes it ("4,1 %"). */
  rate: (value: number) => string
}

type Measure = 'poorRate' | 'nearPoorRate'
type Point = number | null | { value: number; symbol: 'none' }

/** Every year from the first to the last figure or target (targets may lie beyond the data). */
export function chartYears(years: readonly YearFigure[], targets: readonly Target[]): number[] {
  const all = [
    ...years.map((figure) => figure.year),
    ...targets.filter((target) => isRateIndicator(target.indicator)).flatMap((target) => [target.year, target.baselineYear ?? target.year]),
  ]
  if (all.length === 0) return []
  const first = Math.min(...all)
  const last = Math.max(...all)
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/**
 * One measure's values by year, split by where they come from: the registry (solid) and figures
 * entered by hand (dashed). The dashed line reaches the registry's first value after it (without a
 * marker) so the two read as one curve.
 */
function measureSeries(categories: readonly number[], figures: readonly YearFigure[], measure: Measure) {
  const byYear = new Map(figures.map((figure) => [figure.year, figure]))
  const valueOf = (year: number, source: string): number | null => {
    const figure = byYear.get(year)
    const value = figure?.source === source ? figure[measure] : null
    return value ?? null
  }
  const registry: Point[] = categories.map((year) => valueOf(year, 'REGISTRY'))
  const historical: Point[] = categories.map((year) => valueOf(year, 'HISTORICAL'))
  for (let index = 0; index + 1 < categories.length; index++) {
    const bridge = registry[index + 1]
    if (typeof historical[index] === 'number' && historical[index + 1] === null && typeof bridge === 'number') {
      historical[index + 1] = { value: bridge, symbol: 'none' }
    }
  }
  return { registry, historical }
}

const hasValue = (points: readonly Point[]) => points.some((point) => point !== null)

/**
 * The rate chart: poverty and near-poverty rates by year, from the registry (solid lines) and from
 * figures entered by hand (dashed, hollow markers, "(số liệu nhập tay)" in the legend); the rate
 * targets as points at their year, with the straight line from their baseline when they have one.
 */
export function buildRateChartOption(
  years: readonly YearFigure[],
  targets: readonly Target[],
  texts: RateChartTexts,
): RateChartOption {
  const categories = chartYears(years, targets)
  const labels = categories.map(String)
  const series: LineSeriesOption[] = []
  const measures: { measure: Measure; name: string; color: string }[] = [
    { measure: 'poorRate', name: texts.poorRate, color: POOR_COLOR },
    { measure: 'nearPoorRate', name: texts.nearPoorRate, color: NEAR_POOR_COLOR },
  ]
  for (const { measure, name, color } of measures) {
    const { registry, historical } = measureSeries(categories, years, measure)
    if (hasValue(historical)) {
      series.push({
        id: `${measure}-historical`,
        type: 'line',
        name: `${name} ${texts.historical}`,
        data: historical,
        color,
        symbol: 'emptyCircle',
        symbolSize: 8,
        lineStyle: { type: 'dashed', width: 2 },
      })
    }
    if (hasValue(registry)) {
      series.push({
        id: `${measure}-registry`,
        type: 'line',
        name,
        data: registry,
        color,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { type: 'solid', width: 3 },
      })
    }
  }

  const rateTargets = targets.filter((target) => isRateIndicator(target.indicator))
  if (rateTargets.length > 0) {
    series.push({
      id: 'targets',
      type: 'line',
      name: texts.targets,
      data: categories.map(() => null),
      color: TARGET_COLOR,
      symbol: 'diamond',
      markPoint: {
        symbol: 'diamond',
        symbolSize: 14,
        label: { position: 'left', formatter: (param) => texts.rate(Number(param.value)), fontSize: 11, color: TARGET_COLOR },
        data: rateTargets.map((target) => ({
          name: texts.targetName(target),
          coord: [String(target.year), target.targetValue],
          value: target.targetValue,
        })),
      },
      markLine: {
        symbol: ['none', 'arrow'],
        lineStyle: { type: 'dotted', color: TARGET_COLOR, width: 2 },
        label: { show: false },
        data: rateTargets
          .filter((target) => target.baselineYear !== null && target.baselineValue !== null)
          .map((target) => [
            { name: texts.targetName(target), coord: [String(target.baselineYear), target.baselineValue ?? 0] },
            { coord: [String(target.year), target.targetValue] },
          ]),
      },
    })
  }

  const byYear = new Map(years.map((figure) => [String(figure.year), figure]))
  return {
    color: [POOR_COLOR, NEAR_POOR_COLOR, TARGET_COLOR],
    grid: { left: 56, right: 24, top: 56, bottom: 72 },
    legend: { bottom: 0, data: series.map((line) => String(line.name)) },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params
        const year = String((first as { axisValue?: unknown }).axisValue ?? first.name)
        const figure = byYear.get(year)
        const lines = [`<b>${year}</b>`]
        if (figure) {
          const note = figure.source === 'HISTORICAL' ? ` ${texts.historical}` : ''
          if (figure.poorRate !== null) lines.push(`${texts.poorRate}: ${texts.rate(figure.poorRate)}${note}`)
          if (figure.nearPoorRate !== null) lines.push(`${texts.nearPoorRate}: ${texts.rate(figure.nearPoorRate)}${note}`)
        }
        for (const target of rateTargets.filter((candidate) => String(candidate.year) === year)) {
          lines.push(`${texts.targetName(target)}: ${texts.rate(target.targetValue)}`)
        }
        return lines.join('<br/>')
      },
    },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (value: number) => texts.rate(value) } },
    series,
  }
}

/** The poor's most common deprivations: horizontal bars of the share of poor households deprived. */
export function buildDeprivationsOption(
  deprivations: readonly DeprivationShare[],
  indicatorName: (code: string) => string,
  rate: (value: number) => string,
): BarChartOption {
  // ECharts draws the first category at the bottom: reverse, so the largest share is on top.
  const rows = deprivations.toReversed()
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // The bars carry their share: no value axis labels to crowd the narrow card.
    xAxis: { type: 'value', max: 100, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: rows.map((row) => indicatorName(row.indicator)),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => row.shareOfPoor),
        color: POOR_COLOR,
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: (param) => rate(Number(param.value)) },
      },
    ],
  }
}
