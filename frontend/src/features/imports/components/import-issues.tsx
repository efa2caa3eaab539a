import { Flex, Select, Table, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useImportIssues, type ImportIssue, type ImportIssueFilter } from '../api/list-import-issues'

/**
 * What is wrong with the file's rows, in row order: the row as Excel numbers it, the column's header, the
 * message in the UI language and its code; filtered by column and by code, a page at a time. The filters
 * offer the columns and codes of the issues loaded so far.
 */
export function ImportIssues({ jobId }: { jobId: string }) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const [filter, setFilter] = useState<ImportIssueFilter>({})
  const issues = useImportIssues(jobId, filter)
  // The unfiltered list (the same query while no filter is set) names the columns and codes to filter by.
  const all = useImportIssues(jobId, {})
  const rows = issues.data?.pages.flatMap((page) => page.items) ?? []
  const known = all.data?.pages.flatMap((page) => page.items) ?? []

  const columnOptions = new Map<string, string>()
  const codeOptions = new Set<string>()
  for (const issue of known) {
    if (issue.column) columnOptions.set(issue.column, issue.columnHeader ?? issue.column)
    codeOptions.add(issue.code)
  }
  if (filter.column && !columnOptions.has(filter.column)) columnOptions.set(filter.column, filter.column)
  if (filter.code) codeOptions.add(filter.code)

  const columns: TableColumnsType<ImportIssue> = [
    { title: t('imports.issues.row'), dataIndex: 'row', width: 90, align: 'right' },
    {
      title: t('imports.issues.column'),
      key: 'column',
      width: 220,
      render: (_, issue) => issue.columnHeader ?? issue.column ?? '',
    },
    {
      title: t('imports.issues.message'),
      key: 'message',
      render: (_, issue) => <span data-testid="issue-message">{localized(issue.messageVi, issue.messageEn)}</span>,
    },
    {
      title: t('imports.issues.code'),
      dataIndex: 'code',
      width: 240,
      render: (_, issue) => <Typography.Text code>{issue.code}</Typography.Text>,
    },
  ]

  return (
    <div data-testid="import-issues">
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select<string>
          id="import-issues-column"
          aria-label={t('imports.issues.filterColumn')}
          placeholder={t('imports.issues.allColumns')}
          allowClear
          value={filter.column}
          onChange={(column) => setFilter((current) => ({ ...current, column: column ?? undefined }))}
          options={[...columnOptions].map(([value, label]) => ({ value, label }))}
          popupMatchSelectWidth={false}
          style={{ width: 240 }}
        />
        <Select<string>
          id="import-issues-code"
          aria-label={t('imports.issues.filterCode')}
          placeholder={t('imports.issues.allCodes')}
          allowClear
          value={filter.code}
          onChange={(code) => setFilter((current) => ({ ...current, code: code ?? undefined }))}
          options={[...codeOptions].map((value) => ({ value, label: value }))}
          popupMatchSelectWidth={false}
          style={{ width: 260 }}
        />
      </Flex>
      {issues.isError ? (
        <QueryError error={issues.error} onRetry={() => void issues.refetch()} />
      ) : (
        <>
          <Table<ImportIssue>
            rowKey={(issue) => `${issue.row}:${issue.column ?? ''}:${issue.code}`}
            size="small"
            columns={columns}
            dataSource={rows}
            loading={issues.isPending || (issues.isFetching && issues.isPlaceholderData)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('imports.issues.empty') }}
            data-testid="import-issues-table"
          />
          <LoadMore
            shown={rows.length}
            hasMore={issues.hasNextPage}
            loading={issues.isFetchingNextPage}
            onLoadMore={() => void issues.fetchNextPage()}
          />
        </>
      )}
    </div>
  )
}
