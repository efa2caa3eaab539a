import { Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import {
  IMPORT_ACTIONS,
  useImportHouseholds,
  type ImportAction,
  type ImportHousehold,
} from '../api/list-import-households'

const ACTION_COLORS: Record<ImportAction, string> = {
  NEW: 'green',
  UPDATED: 'blue',
  UNCHANGED: 'default',
  REJECTED: 'red',
}

export function ImportActionTag({ action }: { action: ImportAction }) {
  const { t } = useTranslation()
  return (
    <Tag color={ACTION_COLORS[action]} data-action={action}>
      {t(`imports.action.${action}`)}
    </Tag>
  )
}

/**
 * The file's households in the order of their first row: what the commit does (did) with each, its head,
 * its members and the class its survey gives; filtered by what the commit does.
 */
export function ImportHouseholds({ jobId }: { jobId: string }) {
  const { t } = useTranslation()
  const [action, setAction] = useState<ImportAction>()
  const households = useImportHouseholds(jobId, action)
  const rows = households.data?.pages.flatMap((page) => page.items) ?? []

  const columns: TableColumnsType<ImportHousehold> = [
    {
      title: t('imports.households.rows'),
      key: 'rows',
      width: 110,
      render: (_, household) =>
        household.rowCount > 1
          ? t('imports.households.rowRange', { first: household.firstRow, last: household.firstRow + household.rowCount - 1 })
          : String(household.firstRow),
    },
    {
      title: t('imports.households.action'),
      key: 'action',
      width: 150,
      render: (_, household) => <ImportActionTag action={household.action} />,
    },
    {
      title: t('imports.households.code'),
      key: 'code',
      width: 140,
      render: (_, household) =>
        household.householdId && household.householdCode ? (
          <Link to={`/households/${household.householdId}`}>{household.householdCode}</Link>
        ) : (
          (household.householdCode ?? '')
        ),
    },
    { title: t('imports.households.head'), key: 'head', render: (_, household) => household.headName ?? '' },
    {
      title: t('imports.households.members'),
      key: 'members',
      render: (_, household) =>
        t('imports.households.memberCounts', {
          new: household.membersNew,
          updated: household.membersUpdated,
          unchanged: household.membersUnchanged,
        }),
    },
    {
      title: t('imports.households.surveyYear'),
      key: 'surveyYear',
      width: 110,
      render: (_, household) => household.surveyYear ?? '',
    },
    {
      title: t('imports.households.classification'),
      key: 'classification',
      width: 200,
      render: (_, household) =>
        household.classification ? (
          <HouseholdClassTag value={household.classification} />
        ) : (
          <Typography.Text type="secondary">{t('imports.households.noSurvey')}</Typography.Text>
        ),
    },
  ]

  return (
    <div data-testid="import-households">
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select<ImportAction>
          id="import-households-action"
          aria-label={t('imports.households.filterAction')}
          placeholder={t('imports.households.allActions')}
          allowClear
          value={action}
          onChange={(value) => setAction(value ?? undefined)}
          options={IMPORT_ACTIONS.map((value) => ({ value, label: t(`imports.action.${value}`) }))}
          style={{ width: 220 }}
        />
      </Flex>
      {households.isError ? (
        <QueryError error={households.error} onRetry={() => void households.refetch()} />
      ) : (
        <>
          <Table<ImportHousehold>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={households.isPending || (households.isFetching && households.isPlaceholderData)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('imports.households.empty') }}
            data-testid="import-households-table"
          />
          <LoadMore
            shown={rows.length}
            hasMore={households.hasNextPage}
            loading={households.isFetchingNextPage}
            onLoadMore={() => void households.fetchNextPage()}
          />
        </>
      )}
    </div>
  )
}
