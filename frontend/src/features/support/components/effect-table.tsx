import { Card, Col, Progress, Row, Statistic, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { KindEffect, SupportEffect } from '../api/get-effect'
import { formatShare } from '../utils/period'

/**
 * What support changed: for each kind delivered in the year, how many households received it, how
 * many have a later record, and the share no longer deprived in what it targets; planned escapes vs escaped.
 */
export function EffectTable({ effect, indicatorName }: { effect: SupportEffect; indicatorName: (code: string) => string }) {
  const { t, i18n } = useTranslation()
  const percent = (share: number | null) => {
    const text = formatShare(share, i18n.language)
    return text === undefined ? '–' : `${text} %`
  }
  const columns: TableColumnsType<KindEffect> = [
    { title: t('support.item.kind'), dataIndex: 'kindName' },
    {
      title: t('support.effect.targets'),
      key: 'targets',
      render: (_, kind) => kind.indicators.map(indicatorName).join(', ') || t('support.kind.income'),
    },
    { title: t('support.effect.received'), dataIndex: 'householdsReceived', align: 'right' },
    { title: t('support.effect.followed'), dataIndex: 'householdsFollowed', align: 'right' },
    { title: t('support.effect.improved'), dataIndex: 'householdsImproved', align: 'right' },
    {
      title: t('support.effect.share'),
      key: 'share',
      align: 'right',
      render: (_, kind) => <span data-testid={`share-${kind.kindCode}`}>{percent(kind.share)}</span>,
    },
  ]
  return (
    <Row gutter={[16, 16]} data-testid="effect">
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('support.effect.plannedEscapes')} value={effect.plannedEscapes} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('support.effect.escaped')} value={effect.escaped} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('support.effect.escapeShare')} value={percent(effect.escapeShare)} />
          {effect.escapeShare !== null && <Progress percent={Math.round(effect.escapeShare * 100)} showInfo={false} size="small" />}
        </Card>
      </Col>
      <Col xs={24}>
        <Table<KindEffect>
          rowKey="kindCode"
          size="small"
          columns={columns}
          dataSource={effect.kinds}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="effect-table"
        />
      </Col>
    </Row>
  )
}
