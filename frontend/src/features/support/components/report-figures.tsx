import { Card, Col, Row, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '@/lib/format'
import type { SupportReport } from '../api/get-group-report'
import { formatShare } from '../utils/period'
import { ReportChart } from './report-chart'

/** A group's or an agency's year in figures (statistic cards) and a bar chart of items and findings. */
export function ReportFigures({ report }: { report: SupportReport }) {
  const { t, i18n } = useTranslation()
  const share = formatShare(report.visitsOnTime, i18n.language)
  const figures = [
    { key: 'households', title: t('support.report.householdsAssigned'), value: report.householdsAssigned },
    { key: 'plans', title: t('support.report.plans'), value: report.plans },
    {
      key: 'items',
      title: t('support.report.items'),
      value: t('support.report.ofTotal', { done: report.itemsDelivered, total: report.itemsPlanned }),
    },
    { key: 'valueDelivered', title: t('support.report.valueDelivered'), value: formatMoney(report.valueDeliveredVnd) },
    { key: 'valuePlanned', title: t('support.report.valuePlanned'), value: formatMoney(report.valuePlannedVnd) },
    {
      key: 'visits',
      title: t('support.report.visitsOnTime'),
      value: share === undefined ? '–' : `${share} %`,
      hint: t('support.report.ofTotal', { done: report.visitMonthsDone, total: report.visitMonthsDue }),
    },
    {
      key: 'findingsReceived',
      title: t('support.report.findingsReceived'),
      value: report.findingsReceived.delivered + report.findingsReceived.notDelivered + report.findingsReceived.notUsed,
      hint: t('support.report.findingsBreakdown', {
        delivered: report.findingsReceived.delivered,
        notDelivered: report.findingsReceived.notDelivered,
        notUsed: report.findingsReceived.notUsed,
      }),
    },
    { key: 'findingsMade', title: t('support.report.findingsMade'), value: report.findingsMade },
    {
      key: 'escapes',
      title: t('support.report.escapes'),
      value: t('support.report.ofTotal', { done: report.householdsEscaped, total: report.plannedEscapes }),
    },
  ]
  return (
    <Row gutter={[16, 16]} data-testid="report-figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={8} xl={6} xxl={4}>
          <Card size="small" data-testid={`figure-${figure.key}`}>
            <Statistic title={figure.title} value={figure.value} />
            {figure.hint && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{figure.hint}</div>}
          </Card>
        </Col>
      ))}
      <Col xs={24}>
        <Card size="small" title={t('support.report.chart')}>
          <ReportChart report={report} />
        </Card>
      </Col>
    </Row>
  )
}
