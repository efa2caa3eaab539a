import { Typography } from 'antd'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { Target, YearFigure } from '../api/get-dashboard'
import { buildRateChartOption } from '../utils/chart-options'
import { prefersReducedMotion } from '../utils/motion'
import { echarts } from './echarts'

/**
 * Poverty and near-poverty rates by year: solid for the registry's years, dashed for figures
 * entered by hand, the rate targets as pins (with the line from their baseline).
 */
export function RateChart({ years, targets }: { years: readonly YearFigure[]; targets: readonly Target[] }) {
  const { t } = useTranslation()
  const formats = useFormats()
  if (years.length === 0 && targets.length === 0) {
    return <Typography.Text type="secondary">{t('dashboard.chart.empty')}</Typography.Text>
  }
  const option = buildRateChartOption(years, targets, {
    poorRate: t('dashboard.chart.poorRate'),
    nearPoorRate: t('dashboard.chart.nearPoorRate'),
    historical: t('dashboard.chart.historical'),
    targets: t('dashboard.chart.targets'),
    targetName: (target) => t('dashboard.chart.targetName', { year: target.year, indicator: t(`dashboard.indicator.${target.indicator}`) }),
    rate: (value) => formats.rate(value),
  })
  const hasHistorical = years.some((figure) => figure.source === 'HISTORICAL')
  return (
    <div data-testid="rate-chart">
      <div role="img" aria-label={t('dashboard.chart.title')}>
        <ReactEChartsCore echarts={echarts} option={{ ...option, animation: !prefersReducedMotion() }} notMerge style={{ height: 360 }} opts={{ renderer: 'svg' }} />
      </div>
      {hasHistorical && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }} data-testid="rate-chart-note">
          {t('dashboard.chart.historicalNote')}
        </Typography.Paragraph>
      )}
    </div>
  )
}
