import { TeamOutlined } from '@ant-design/icons'
import { Alert, App, Button, DatePicker, Flex, Select, Table, type TableColumnsType } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { LoadMore } from '@/components/load-more'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import { QueryError } from '@/components/query-error'
import { useAssignHouseholds } from '../api/assign-households'
import { useGroups } from '../api/list-groups'
import { useTargets, type Target } from '../api/list-targets'
import { isoDate } from '../utils/period'
import type { CommunePicker } from '../utils/pickers'
import { PriorityTag, SupportTypeTag } from './support-tags'

interface AssignHouseholdsProps {
  CommuneSelect: CommunePicker
  defaultCommuneCode?: string
  indicatorName: (code: string) => string
}

/**
 * The poor and near-poor households of a commune that no group helps yet: tick some, pick a group
 * serving the commune, and assign them from a date.
 */
export function AssignHouseholds({ CommuneSelect, defaultCommuneCode, indicatorName }: AssignHouseholdsProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [communeCode, setCommuneCode] = useState(defaultCommuneCode)
  const [selected, setSelected] = useState<string[]>([])
  const [groupId, setGroupId] = useState<string>()
  const [assignedOn, setAssignedOn] = useState<Dayjs | null>(dayjs())
  const [failure, setFailure] = useState<Failure>()
  const groups = useGroups({ communeCode }, { enabled: Boolean(communeCode) })
  const targets = useTargets({ communeCode, assigned: false }, { enabled: Boolean(communeCode) })
  const households = targets.data?.pages.flatMap((page) => page.items) ?? []
  const assign = useAssignHouseholds()

  const submit = async () => {
    if (!groupId || !assignedOn || selected.length === 0) return
    setFailure(undefined)
    try {
      const group = await assign.mutateAsync({ groupId, body: { householdIds: selected, assignedOn: isoDate(assignedOn) } })
      void message.success(t('support.assign.done', { count: selected.length, name: group.name }))
      setSelected([])
    } catch (error) {
      setFailure({ error })
    }
  }

  const columns: TableColumnsType<Target> = [
    { title: t('support.field.code'), dataIndex: 'householdCode', width: 120 },
    { title: t('support.field.head'), key: 'head', render: (_, household) => household.headName ?? '' },
    { title: t('support.field.village'), key: 'village', render: (_, household) => household.villageName ?? '' },
    {
      title: t('support.field.class'),
      key: 'class',
      render: (_, household) => household.latestClass && <HouseholdClassTag value={household.latestClass} />,
    },
    {
      title: t('support.field.deprivations'),
      key: 'deprivations',
      render: (_, household) => household.deprivedIndicators.map(indicatorName).join(', '),
    },
    {
      title: t('support.field.supportType'),
      key: 'supportType',
      render: (_, household) => (
        <Flex gap={4} wrap>
          <SupportTypeTag value={household.supportType} />
          {household.priority && <PriorityTag />}
        </Flex>
      ),
    },
  ]

  return (
    <Flex vertical gap={12} data-testid="assign-households">
      <Flex gap={12} wrap align="center">
        <CommuneSelect
          id="assign-commune"
          aria-label={t('support.filter.commune')}
          placeholder={t('support.filter.commune')}
          value={communeCode}
          onChange={(code) => {
            setCommuneCode(code)
            setSelected([])
            setGroupId(undefined)
          }}
          style={{ minWidth: 240 }}
        />
        <Select
          id="assign-group"
          aria-label={t('support.assign.group')}
          placeholder={t('support.assign.group')}
          value={groupId}
          onChange={(value: string) => setGroupId(value)}
          options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
          style={{ minWidth: 280 }}
        />
        <DatePicker
          id="assign-on"
          aria-label={t('support.assign.on')}
          format="DD/MM/YYYY"
          value={assignedOn}
          onChange={(value) => setAssignedOn(value)}
        />
        <Button
          type="primary"
          icon={<TeamOutlined />}
          disabled={!groupId || !assignedOn || selected.length === 0}
          loading={assign.isPending}
          onClick={() => void submit()}
        >
          {t('support.assign.button', { count: selected.length })}
        </Button>
      </Flex>
      <ProblemAlert failure={failure} />
      {!communeCode ? (
        <Alert type="info" showIcon title={t('support.workspace.chooseCommune')} />
      ) : targets.isError ? (
        <QueryError error={targets.error} onRetry={() => void targets.refetch()} />
      ) : (
        <>
          <Table<Target>
            rowKey="householdId"
            size="small"
            columns={columns}
            dataSource={households}
            loading={targets.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
            locale={{ emptyText: t('support.assign.empty') }}
            data-testid="unassigned-table"
          />
          <LoadMore
            shown={households.length}
            hasMore={targets.hasNextPage}
            loading={targets.isFetchingNextPage}
            onLoadMore={() => void targets.fetchNextPage()}
          />
        </>
      )}
    </Flex>
  )
}
