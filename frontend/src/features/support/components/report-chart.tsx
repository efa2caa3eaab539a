import { BarChart } from 'echarts/charts'
import { GridComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import type { SupportReport } from '../api/get-group-report'

// Only what the chart draws, with the SVG renderer (smaller, and it works in jsdom).
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer])

/** Bars: items planned and delivered, findings received by outcome, findings made. */
export function ReportChart({ report }: { report: SupportReport }) {
  const { t } = useTranslation()
  const bars = [
    { label: t('support.report.itemsPlanned'), value: report.itemsPlanned, color: '#1677ff' },
    { label: t('support.report.itemsDelivered'), value: report.itemsDelivered, color: '#52c41a' },
    { label: t('support.finding.outcome.DELIVERED'), value: report.findingsReceived.delivered, color: '#95de64' },
    { label: t('support.finding.outcome.NOT_DELIVERED'), value: report.findingsReceived.notDelivered, color: '#ff4d4f' },
    { label: t('support.finding.outcome.NOT_USED'), value: report.findingsReceived.notUsed, color: '#fa8c16' },
    { label: t('support.report.findingsMade'), value: report.findingsMade, color: '#722ed1' },
  ]
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 72 },
    xAxis: { type: 'category', data: bars.map((bar) => bar.label), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: report.name,
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.color } })),
        label: { show: true, position: 'top' },
        barMaxWidth: 48,
      },
    ],
  }
  return (
    <div data-testid="report-chart" role="img" aria-label={t('support.report.chart')}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320 }} opts={{ renderer: 'svg' }} />
    </div>
  )
}
