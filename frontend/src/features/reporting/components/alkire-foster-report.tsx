import { Card, Col, Progress, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { AlkireFoster, IndicatorMeasure } from '../api/get-alkire-foster'

/**
 * Alkire–Foster measures of a year: the headcount ratio H, the average intensity A and the adjusted
 * headcount M0 = H × A, and per indicator the shares deprived (all, and the poor only) and its
 * contribution to M0.
 */
export function AlkireFosterReport({ report, indicatorName }: { report: AlkireFoster; indicatorName: (code: string) => string }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const columns: TableColumnsType<IndicatorMeasure> = [
    { title: t('reporting.af.indicator'), key: 'code', render: (_, row) => indicatorName(row.code) },
    {
      title: t('reporting.af.uncensored'),
      key: 'uncensored',
      align: 'right',
      width: 150,
      render: (_, row) => formats.share(row.uncensoredHeadcount),
    },
    {
      title: t('reporting.af.censored'),
      key: 'censored',
      align: 'right',
      width: 150,
      render: (_, row) => formats.share(row.censoredHeadcount),
    },
    {
      title: t('reporting.af.contribution'),
      key: 'contribution',
      width: 220,
      render: (_, row) => (
        <Progress
          percent={Math.round(row.contribution * 1000) / 10}
          size="small"
          format={() => formats.share(row.contribution)}
          aria-label={t('reporting.af.contribution')}
        />
      ),
    },
  ]
  return (
    <div data-testid="alkire-foster">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('reporting.af.headcount')} value={formats.share(report.headcount)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reporting.af.headcountOf', { poor: formats.number(report.poor), households: formats.number(report.households) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('reporting.af.intensity')} value={formats.share(report.intensity)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reporting.af.intensityOf', { count: report.indicatorCount, k: report.k })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('reporting.af.adjusted')} value={formats.number(report.adjustedHeadcount, 3)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reporting.af.adjustedOf')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      {report.standardCode && (
        <Typography.Paragraph type="secondary">{t('reporting.af.standard', { standard: report.standardCode })}</Typography.Paragraph>
      )}
      <Table<IndicatorMeasure>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={report.indicators.toSorted((a, b) => b.contribution - a.contribution)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reporting.af.empty') }}
      />
    </div>
  )
}
