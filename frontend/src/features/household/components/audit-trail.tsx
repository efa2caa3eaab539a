import { Card, Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { formatDateTime } from '@/lib/format'
import { useAuditTrail, type AuditEntry } from '../api/get-audit-trail'
import { auditActionLabel, auditFieldLabel, auditSubject, auditValue, type AuditContext } from '../utils/audit-format'

const PAGE_SIZE = 10

/** Who changed what and when, field by field (before → after), newest first. */
export function AuditTrail({ householdId, context }: { householdId: string; context: AuditContext }) {
  const { t } = useTranslation()
  const trail = useAuditTrail(householdId)

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('household.audit.at'), key: 'at', width: 150, render: (_, entry) => formatDateTime(entry.at) },
    { title: t('household.audit.actor'), dataIndex: 'actor', width: 140 },
    {
      title: t('household.audit.action'),
      key: 'action',
      width: 220,
      render: (_, entry) => <Typography.Text strong>{auditActionLabel(entry.action, t)}</Typography.Text>,
    },
    {
      title: t('household.audit.subject'),
      key: 'subject',
      width: 200,
      render: (_, entry) => auditSubject(entry, context, t),
    },
    {
      title: t('household.audit.changes'),
      key: 'changes',
      render: (_, entry) => (
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {entry.changes.map((change, index) => (
            <li key={`${change.field}-${index}`} data-testid="audit-change">
              <Typography.Text type="secondary">{auditFieldLabel(change.field, t)}: </Typography.Text>
              {change.before !== null && (
                <>
                  <Typography.Text delete>{auditValue(entry, change, change.before, context, t)}</Typography.Text>
                  {' → '}
                </>
              )}
              <Typography.Text>{auditValue(entry, change, change.after, context, t)}</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    },
  ]

  return (
    <Card title={t('household.detail.audit')}>
      {trail.isError ? (
        <QueryError error={trail.error} onRetry={() => void trail.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={trail.data ?? []}
          loading={trail.isPending}
          pagination={(trail.data?.length ?? 0) > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('household.audit.empty') }}
          data-testid="audit-trail"
        />
      )}
    </Card>
  )
}
