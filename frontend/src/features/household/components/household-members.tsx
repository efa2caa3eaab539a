import { EditOutlined, ExportOutlined, LogoutOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ethnicityLabel } from '@/lib/ethnicities'
import { factLabelKey } from '@/lib/fact-codes'
import { formatDate } from '@/lib/format'
import type { Household, Member } from '../api/get-household'
import { CitizenId } from './citizen-id'
import { MemberFacts } from './member-facts'

interface HouseholdMembersProps {
  household: Household
  /** Whether the user may change the members (and the household is open). */
  canWrite: boolean
  onAdd: () => void
  onEdit: (member: Member) => void
  onLeave: (member: Member) => void
  onMove: (member: Member) => void
}

/** The members: current ones first (the head marked), then those who left, with why and when. */
export function HouseholdMembers({ household, canWrite, onAdd, onEdit, onLeave, onMove }: HouseholdMembersProps) {
  const { t } = useTranslation()
  const current = household.members.filter((member) => member.status === 'ACTIVE')
  const left = household.members.filter((member) => member.status === 'LEFT')

  const relation = (member: Member) => {
    const key = factLabelKey('relationToHead', member.relationToHead)
    return key ? t(key) : member.relationToHead
  }
  const birth = (member: Member) => {
    if (!member.birthDate) return ''
    const age = dayjs().diff(dayjs(member.birthDate), 'year')
    return `${formatDate(member.birthDate)} (${t('household.members.age', { count: age })})`
  }

  const columns = (leftTable: boolean): TableColumnsType<Member> => [
    {
      title: t('household.member.fullName'),
      dataIndex: 'fullName',
      render: (_, member) => (
        <Space size={4}>
          <Typography.Text strong={member.id === household.headMemberId}>{member.fullName}</Typography.Text>
          {member.id === household.headMemberId && member.status === 'ACTIVE' && (
            <Tag color="blue">{t('household.member.headTag')}</Tag>
          )}
        </Space>
      ),
    },
    { title: t('household.member.relationToHead'), key: 'relation', render: (_, member) => relation(member) },
    { title: t('household.member.birthDate'), key: 'birthDate', render: (_, member) => birth(member) },
    {
      title: t('household.member.sex'),
      key: 'sex',
      render: (_, member) => (member.sex ? t(`fact.sex.${member.sex}`) : ''),
    },
    { title: t('household.member.ethnicity'), key: 'ethnicity', render: (_, member) => ethnicityLabel(member.ethnicity) },
    {
      title: t('household.member.citizenId'),
      key: 'citizenId',
      render: (_, member) => <CitizenId householdId={household.id} member={member} />,
    },
    ...(leftTable
      ? [
          {
            title: t('household.member.status'),
            key: 'left',
            render: (_: unknown, member: Member) =>
              t('household.member.leftValue', {
                reason: member.leftReason ? t(`household.member.leftReason.${member.leftReason}`) : '',
                date: formatDate(member.leftOn),
              }),
          },
        ]
      : []),
    ...(canWrite && !leftTable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, member: Member) => {
              const isHead = member.id === household.headMemberId
              return (
                <Space size={4} wrap aria-label={t('household.member.actionsOf', { name: member.fullName })}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(member)}>
                    {t('household.member.edit')}
                  </Button>
                  {!isHead && (
                    <>
                      <Button size="small" icon={<LogoutOutlined />} onClick={() => onLeave(member)}>
                        {t('household.member.leave')}
                      </Button>
                      <Button size="small" icon={<ExportOutlined />} onClick={() => onMove(member)}>
                        {t('household.member.move')}
                      </Button>
                    </>
                  )}
                </Space>
              )
            },
          },
        ]
      : []),
  ]

  return (
    <Card
      title={t('household.detail.members')}
      extra={
        canWrite && (
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {t('household.members.add')}
          </Button>
        )
      }
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('household.members.current', { count: current.length })}
      </Typography.Title>
      <Table<Member>
        rowKey="id"
        size="small"
        columns={columns(false)}
        dataSource={current}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (member) => <MemberFacts member={member} /> }}
        locale={{ emptyText: t('household.members.empty') }}
        data-testid="members-current"
      />
      {left.length > 0 && (
        <>
          <Typography.Title level={5}>{t('household.members.left', { count: left.length })}</Typography.Title>
          <Table<Member>
            rowKey="id"
            size="small"
            columns={columns(true)}
            dataSource={left}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="members-left"
          />
        </>
      )}
    </Card>
  )
}
