import { Card, Table, Typography, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Schemas } from '@/lib/api-client'
import { formatDateTime } from '@/lib/format'
import { QueryError } from './query-error'

type AuditEntry = Schemas['AuditEntryView']
type AuditChange = Schemas['AuditChange']

const PAGE_SIZE = 10

/** How a feature puts its audit entries into words. */
export interface AuditWording {
  action: (entry: AuditEntry) => string
  subject: (entry: AuditEntry) => ReactNode
  field: (entry: AuditEntry, change: AuditChange) => string
  value: (entry: AuditEntry, change: AuditChange, value: string | null) => string
}

interface AuditTableProps {
  title: ReactNode
  trail: { data?: AuditEntry[]; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  wording: AuditWording
  'data-testid'?: string
}

/** Who changed what and when, field by field (before → after), newest first, in a card. */
export function AuditTable({ title, trail, wording, 'data-testid': testId = 'audit-trail' }: AuditTableProps) {
  const { t } = useTranslation()

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), key: 'at', width: 150, render: (_, entry) => formatDateTime(entry.at) },
    { title: t('audit.actor'), dataIndex: 'actor', width: 140 },
    {
      title: t('audit.action'),
      key: 'action',
      width: 220,
      render: (_, entry) => <Typography.Text strong>{wording.action(entry)}</Typography.Text>,
    },
    { title: t('audit.subject'), key: 'subject', width: 200, render: (_, entry) => wording.subject(entry) },
    {
      title: t('audit.changes'),
      key: 'changes',
      render: (_, entry) => (
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {entry.changes.map((change, index) => (
            <li key={`${change.field}-${index}`} data-testid="audit-change">
              <Typography.Text type="secondary">{wording.field(entry, change)}: </Typography.Text>
              {change.before !== null && (
                <>
                  <Typography.Text delete>{wording.value(entry, change, change.before)}</Typography.Text>
                  {' → '}
                </>
              )}
              <Typography.Text>{wording.value(entry, change, change.after)}</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    },
  ]

  return (
    <Card title={title}>
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
          locale={{ emptyText: t('audit.empty') }}
          data-testid={testId}
        />
      )}
    </Card>
  )
}
