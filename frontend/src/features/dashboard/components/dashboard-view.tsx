import { Card, Col, Row, Skeleton, Statistic, Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { useFormats } from '@/lib/use-formats'
import { NATIONAL, useDashboard, type DeadlineStatus, type Dashboard, type YearFigure } from '../api/get-dashboard'
import { mapLevelOf } from '../utils/map-data'
import { DeadlineCalendar } from './deadline-calendar'
import { DeprivationsChart } from './deprivations-chart'
import { HistoricalFigures } from './historical-figures'
import { PovertyMap } from './poverty-map'
import { RateChart } from './rate-chart'
import { TargetsTable } from './targets-table'
import { YearFiguresTable } from './year-figures-table'

export interface DashboardViewProps {
  /** A commune (5 digits), a province (2 digits) or VN. */
  areaCode: string
  /** Whether the user sets this unit's targets (see canEditTargets). */
  canEditTargets: boolean
  /** Whether the user enters this unit's figures by hand (see canEditHistoricalFigures). */
  canEditFigures: boolean
  /** An indicator's name in the UI language. */
  indicatorName: (code: string) => string
  /** Opens the dashboard of a unit of the map (a province's commune, the country's province). */
  onOpenArea?: (code: string) => void
  /** Where an obligation's timeliness is shown (the reporting pages), if the user may open it. */
  timelinessHref?: (deadline: DeadlineStatus) => string | undefined
}

/** The latest year with figures: the registry's when there is one. */
function latestFigure(dashboard: Dashboard): YearFigure | undefined {
  return dashboard.years.find((figure) => figure.year === dashboard.latestYear) ?? dashboard.years.at(-1)
}

function Summary({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const latest = latestFigure(dashboard)
  if (!latest) return null
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="dashboard-summary">
      <Col xs={24} sm={8}>
        <Card size="small">
          <Statistic
            title={t('dashboard.summary.households', { year: latest.year })}
            value={latest.households === null ? '–' : formats.number(latest.households)}
          />
        </Card>
      </Col>
      <Col xs={24} sm={8}>
        <Card size="small">
          <Statistic
            title={t('dashboard.summary.poor', { year: latest.year })}
            value={latest.poor === null ? '–' : formats.number(latest.poor)}
            suffix={latest.poorRate === null ? undefined : `(${formats.rate(latest.poorRate)})`}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Card>
      </Col>
      <Col xs={24} sm={8}>
        <Card size="small">
          <Statistic
            title={t('dashboard.summary.nearPoor', { year: latest.year })}
            value={latest.nearPoor === null ? '–' : formats.number(latest.nearPoor)}
            suffix={latest.nearPoorRate === null ? undefined : `(${formats.rate(latest.nearPoorRate)})`}
            styles={{ content: { color: '#d46b08' } }}
          />
        </Card>
      </Col>
    </Row>
  )
}

/**
 * A unit's dashboard: the rates by year with the targets, the poor's top deprivations, the targets'
 * progress, the map of the units below, the reporting deadlines and the figures entered by hand.
 */
export function DashboardView({
  areaCode,
  canEditTargets,
  canEditFigures,
  indicatorName,
  onOpenArea,
  timelinessHref,
}: DashboardViewProps) {
  const { t } = useTranslation()
  const dashboard = useDashboard(areaCode)
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
  if (!dashboard.data) return <Skeleton active paragraph={{ rows: 10 }} />
  const data = dashboard.data
  const mapLevel = mapLevelOf(data.level)
  const unit = areaCode !== NATIONAL

  return (
    <div data-testid="dashboard" data-area={data.areaCode}>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="dashboard-area">
        {data.areaName}
      </Typography.Title>
      <Summary dashboard={data} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('dashboard.chart.title')} size="small">
            <Tabs
              size="small"
              items={[
                { key: 'chart', label: t('dashboard.chart.tab'), children: <RateChart years={data.years} targets={data.targets} /> },
                { key: 'table', label: t('dashboard.chart.tableTab'), children: <YearFiguresTable years={data.years} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card
            title={
              data.latestYear === null
                ? t('dashboard.deprivations.title')
                : t('dashboard.deprivations.titleOfYear', { year: data.latestYear })
            }
            size="small"
            style={{ height: '100%' }}
          >
            <DeprivationsChart deprivations={data.topDeprivations} indicatorName={indicatorName} />
          </Card>
        </Col>
        {(unit || data.targets.length > 0) && (
          <Col span={24}>
            <Card title={t('dashboard.target.title')} size="small">
              <TargetsTable unitCode={data.areaCode} targets={data.targets} canEdit={canEditTargets} />
            </Card>
          </Col>
        )}
        {mapLevel && (
          <Col span={24}>
            <Card title={t(mapLevel === 'communes' ? 'dashboard.map.titleCommunes' : 'dashboard.map.titleProvinces')} size="small">
              <PovertyMap areaCode={data.areaCode} level={mapLevel} values={data.map} year={data.latestYear} onOpen={onOpenArea} />
            </Card>
          </Col>
        )}
        <Col span={24}>
          <Card title={t('dashboard.deadline.title')} size="small">
            <DeadlineCalendar deadlines={data.deadlines} timelinessHref={timelinessHref} />
          </Card>
        </Col>
        {unit && (
          <Col span={24}>
            <Card title={t('dashboard.historical.title')} size="small">
              <HistoricalFigures unitCode={data.areaCode} canEdit={canEditFigures} />
            </Card>
          </Col>
        )}
      </Row>
    </div>
  )
}
