import { Typography } from 'antd'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { DeprivationShare } from '../api/get-dashboard'
import { buildDeprivationsOption } from '../utils/chart-options'
import { prefersReducedMotion } from '../utils/motion'
import { echarts } from './echarts'

/** The poor's most common deprivations: the share of poor households deprived in each indicator. */
export function DeprivationsChart({
  deprivations,
  indicatorName,
}: {
  deprivations: readonly DeprivationShare[]
  indicatorName: (code: string) => string
}) {
  const { t } = useTranslation()
  const formats = useFormats()
  if (deprivations.length === 0) {
    return <Typography.Text type="secondary">{t('dashboard.deprivations.empty')}</Typography.Text>
  }
  const option = buildDeprivationsOption(deprivations, indicatorName, (value) => formats.rate(value, 1))
  return (
    <div data-testid="deprivations-chart" role="img" aria-label={t('dashboard.deprivations.title')}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ ...option, animation: !prefersReducedMotion() }}
        notMerge
        style={{ height: Math.max(200, deprivations.length * 30 + 24) }}
        opts={{ renderer: 'svg' }}
      />
    </div>
  )
}
