import { Flex, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { factLabelKey } from '@/lib/fact-codes'
import { useFormats } from '@/lib/use-formats'
import { useHouseholdList, type HouseholdListQuery, type ListedHousehold, type ListedMember } from '../api/get-household-list'

/** The members of a listed household, as the form lists them under it. */
function MemberTable({ members }: { members: readonly ListedMember[] }) {
  const { t } = useTranslation()
  const relation = (code: string | null) => {
    if (!code) return ''
    const key = factLabelKey('relationToHead', code)
    return key ? t(key) : code
  }
  const columns: TableColumnsType<ListedMember & { key: string }> = [
    { title: t('reporting.householdList.memberName'), dataIndex: 'name' },
    { title: t('reporting.householdList.birthYear'), key: 'birthYear', width: 100, render: (_, member) => member.birthYear ?? '' },
    { title: t('reporting.householdList.relation'), key: 'relation', render: (_, member) => relation(member.relationToHead) },
    { title: t('reporting.householdList.ethnicity'), key: 'ethnicity', render: (_, member) => member.ethnicity ?? '' },
  ]
  return (
    <Table
      data-testid="household-members"
      size="small"
      rowKey="key"
      columns={columns}
      // Members have no id in the list: their place in the household keys them.
      dataSource={members.map((member, index) => ({ ...member, key: String(index) }))}
      pagination={false}
      locale={{ emptyText: t('reporting.householdList.noMembers') }}
    />
  )
}

interface HouseholdListReportProps {
  query: HouseholdListQuery
  indicatorName: (code: string) => string
}

/**
 * The detailed list of a year's poor (or near-poor) households of a commune or province: code, head,
 * village (and commune, for a province), how many members and what they lack; a row opens on its
 * members. A page at a time, in code order.
 */
export function HouseholdListReport({ query, indicatorName }: HouseholdListReportProps) {
  const { t } = useTranslation()
  const formats = useFormats()
  const list = useHouseholdList(query)
  const pages = list.data?.pages ?? []
  const first = pages[0]
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />
  if (!first) return <Skeleton active />
  const households = pages.flatMap((page) => page.households)

  const columns: TableColumnsType<ListedHousehold> = [
    { title: t('reporting.householdList.code'), dataIndex: 'code', width: 130 },
    { title: t('reporting.householdList.head'), key: 'head', render: (_, household) => household.headName ?? '' },
    { title: t('reporting.movement.village'), key: 'village', render: (_, household) => household.villageName ?? '' },
    ...(first.areaCode.length === 2 ? [{ title: t('reporting.movement.commune'), dataIndex: 'communeName' }] : []),
    {
      title: t('reporting.householdList.members'),
      key: 'members',
      align: 'right',
      width: 110,
      render: (_, household) => formats.number(household.members.length),
    },
    {
      title: t('reporting.householdList.deprivations'),
      key: 'deprivations',
      render: (_, household) => (
        <Flex gap={4} wrap style={{ maxWidth: 420 }}>
          {household.deprivedIndicators.map((code) => (
            <Tag key={code} style={{ marginInlineEnd: 0 }}>
              {indicatorName(code)}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ]
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(`reporting.householdList.title.${first.kind}`, { area: first.areaName, year: first.year })}
      </Typography.Title>
      <Table<ListedHousehold>
        data-testid="household-list"
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={households}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (household) => <MemberTable members={household.members} /> }}
        locale={{ emptyText: t('reporting.householdList.empty') }}
      />
      <LoadMore
        shown={households.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  )
}
