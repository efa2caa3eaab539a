import { SwapOutlined } from '@ant-design/icons'
import { Button, Flex, Table, Tag, Timeline, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import type { HelpGroup } from '../api/list-groups'

interface GroupListProps {
  groups: readonly HelpGroup[]
  loading: boolean
  /** Offered to province officers: hand the lead to another agency. */
  onChangeLead?: (group: HelpGroup) => void
}

/** How the lead moved, oldest first: from, to, when, why and who recorded it. */
function LeadHistory({ group }: { group: HelpGroup }) {
  const { t } = useTranslation()
  if (group.leadChanges.length === 0) return <Typography.Text type="secondary">{t('support.lead.noHistory')}</Typography.Text>
  return (
    <Timeline
      data-testid="lead-history"
      items={group.leadChanges.map((change, index) => ({
        key: index,
        content: (
          <Flex vertical>
            <span>
              {t('support.lead.change', { from: change.from.name, to: change.to.name, date: formatDate(change.changedOn) })}
            </span>
            <Typography.Text type="secondary">{t('support.lead.changeReason', { reason: change.reason, by: change.changedBy })}</Typography.Text>
          </Flex>
        ),
      }))}
    />
  )
}

/** Help groups: lead, member agencies, communes served, households helped; each row opens the lead history. */
export function GroupList({ groups, loading, onChangeLead }: GroupListProps) {
  const { t } = useTranslation()
  const columns: TableColumnsType<HelpGroup> = [
    { title: t('support.group.name'), dataIndex: 'name' },
    { title: t('support.group.lead'), key: 'lead', render: (_, group) => <Typography.Text strong>{group.lead.name}</Typography.Text> },
    {
      title: t('support.group.members'),
      key: 'members',
      render: (_, group) => (
        <Flex gap={4} wrap style={{ maxWidth: 360 }}>
          {group.members
            .filter((member) => member.id !== group.lead.id)
            .map((member) => (
              <Tag key={member.id} style={{ marginInlineEnd: 0 }}>
                {member.name}
              </Tag>
            ))}
        </Flex>
      ),
    },
    { title: t('support.group.communes'), key: 'communes', render: (_, group) => group.communes.map((commune) => commune.name).join(', ') },
    { title: t('support.group.households'), dataIndex: 'households', align: 'right' },
    ...(onChangeLead
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, group: HelpGroup) => (
              <Button size="small" icon={<SwapOutlined />} onClick={() => onChangeLead(group)}>
                {t('support.lead.change.button')}
              </Button>
            ),
          },
        ]
      : []),
  ]
  return (
    <Table<HelpGroup>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={groups as HelpGroup[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (group) => <LeadHistory group={group} /> }}
      locale={{ emptyText: t('support.group.empty') }}
      data-testid="group-table"
    />
  )
}
