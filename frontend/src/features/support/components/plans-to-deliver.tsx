import { Progress, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { plansToDeliver, type PlanSummary } from '../api/list-plans'

interface PlansToDeliverProps {
  plans: readonly PlanSummary[]
  loading: boolean
  error?: unknown
  onRetry?: () => void
}

/** Plans with items planned and not yet delivered, and whether their commitment is signed. */
export function PlansToDeliver({ plans, loading, error, onRetry }: PlansToDeliverProps) {
  const { t } = useTranslation()
  if (error) return <QueryError error={error} onRetry={onRetry} />
  const columns: TableColumnsType<PlanSummary> = [
    {
      title: t('support.field.code'),
      key: 'code',
      render: (_, plan) => <Link to={`/support/plans/${plan.id}`}>{plan.householdCode}</Link>,
    },
    { title: t('support.field.head'), key: 'head', render: (_, plan) => plan.headName ?? '' },
    { title: t('support.field.group'), key: 'group', render: (_, plan) => plan.group.name },
    {
      title: t('support.plan.delivered'),
      key: 'delivered',
      width: 200,
      render: (_, plan) => (
        <Progress
          percent={plan.items === 0 ? 0 : Math.round((plan.delivered / plan.items) * 100)}
          format={() => `${plan.delivered}/${plan.items}`}
          size="small"
        />
      ),
    },
    {
      title: t('support.commitment.title'),
      key: 'committed',
      render: (_, plan) =>
        plan.committed ? <Tag color="green">{t('support.commitment.signed')}</Tag> : <Tag color="orange">{t('support.commitment.missingTag')}</Tag>,
    },
  ]
  return (
    <Table<PlanSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={plansToDeliver(plans)}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('support.workspace.nothingToDeliver') }}
      data-testid="plans-to-deliver"
    />
  )
}
