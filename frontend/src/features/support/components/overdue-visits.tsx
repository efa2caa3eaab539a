import { Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import type { OverdueVisit } from '../api/list-overdue-visits'

interface OverdueVisitsProps {
  visits: readonly OverdueVisit[]
  loading: boolean
  error?: unknown
  onRetry?: () => void
}

/** Households with an active plan and no visit this month, each linked to its plan (to record one). */
export function OverdueVisits({ visits, loading, error, onRetry }: OverdueVisitsProps) {
  const { t } = useTranslation()
  if (error) return <QueryError error={error} onRetry={onRetry} />
  const columns: TableColumnsType<OverdueVisit> = [
    {
      title: t('support.field.code'),
      key: 'code',
      render: (_, visit) => <Link to={`/support/plans/${visit.planId}`}>{visit.householdCode}</Link>,
    },
    { title: t('support.field.head'), key: 'head', render: (_, visit) => visit.headName ?? '' },
    { title: t('support.field.group'), key: 'group', render: (_, visit) => visit.group.name },
    {
      title: t('support.plan.lastVisit'),
      key: 'lastVisit',
      render: (_, visit) =>
        visit.lastVisitOn ? formatDate(visit.lastVisitOn) : <Typography.Text type="danger">{t('support.visit.never')}</Typography.Text>,
    },
  ]
  return (
    <Table<OverdueVisit>
      rowKey="planId"
      size="small"
      columns={columns}
      dataSource={visits as OverdueVisit[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('support.workspace.noOverdue') }}
      data-testid="overdue-visits"
    />
  )
}
