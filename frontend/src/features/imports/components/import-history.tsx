import { Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { formatDateTime } from '@/lib/format'
import { useFormats } from '@/lib/use-formats'
import type { ImportJob, ImportSummary } from '../api/get-import'
import { useImports } from '../api/list-imports'
import { ImportPhaseTag } from './import-phase-tag'

interface ImportHistoryProps {
  areaCode: string
  /** The import open on the page, highlighted. */
  selectedId?: string
  /** The page of an import (the route keeps the area in its search). */
  jobPath: (id: string) => string
}

/** The area's earlier imports (a province's with its communes', each with its area), newest first; a row opens its import. */
export function ImportHistory({ areaCode, selectedId, jobPath }: ImportHistoryProps) {
  const { t } = useTranslation()
  const format = useFormats()
  const navigate = useNavigate()
  const imports = useImports(areaCode)
  const rows = imports.data?.pages.flatMap((page) => page.items) ?? []

  const count = (of: keyof ImportSummary) => ({
    key: of,
    width: 90,
    align: 'right' as const,
    render: (_: unknown, job: ImportJob) => (job.summary ? format.number(job.summary[of]) : ''),
  })
  const columns: TableColumnsType<ImportJob> = [
    {
      title: t('imports.history.file'),
      key: 'file',
      render: (_, job) => (
        <Link to={jobPath(job.id)} onClick={(event) => event.stopPropagation()}>
          {job.fileName}
        </Link>
      ),
    },
    { title: t('imports.history.created'), key: 'created', width: 140, render: (_, job) => formatDateTime(job.createdAt) },
    { title: t('imports.history.by'), dataIndex: 'createdBy', width: 130 },
    // A province's list holds its communes' imports too: which area each was for.
    ...(areaCode.length === 2 ? [{ title: t('imports.history.area'), dataIndex: 'areaName', width: 160 }] : []),
    { title: t('imports.history.phase'), key: 'phase', width: 150, render: (_, job) => <ImportPhaseTag phase={job.phase} /> },
    { title: t('imports.summary.new'), ...count('householdsNew') },
    { title: t('imports.summary.updated'), ...count('householdsUpdated') },
    { title: t('imports.summary.unchanged'), ...count('householdsUnchanged') },
    { title: t('imports.summary.rejected'), ...count('householdsRejected') },
    {
      title: t('imports.history.issues'),
      key: 'issues',
      width: 70,
      align: 'right',
      render: (_, job) => format.number(job.issueCount),
    },
  ]

  if (imports.isError) return <QueryError error={imports.error} onRetry={() => void imports.refetch()} />
  return (
    <div data-testid="import-history">
      <Typography.Paragraph type="secondary">{t('imports.history.countsHint')}</Typography.Paragraph>
      <Table<ImportJob>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={imports.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('imports.history.empty') }}
        rowClassName={(job) => (job.id === selectedId ? 'ant-table-row-selected' : '')}
        onRow={(job) => ({ onClick: () => void navigate(jobPath(job.id)), style: { cursor: 'pointer' } })}
        data-testid="import-history-table"
      />
      <LoadMore
        shown={rows.length}
        hasMore={imports.hasNextPage}
        loading={imports.isFetchingNextPage}
        onLoadMore={() => void imports.fetchNextPage()}
      />
    </div>
  )
}
