import {
  EditOutlined,
  MergeCellsOutlined,
  SplitCellsOutlined,
  StopOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons'
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { formatDate, formatDateTime } from '@/lib/format'
import { useLocalized } from '@/lib/i18n/use-localized'
import type { Household, Member } from '../api/get-household'
import { SUBGROUPS, type Subgroup } from '../api/list-households'
import type { VillagePicker } from '../utils/area-pickers'
import type { AuditContext } from '../utils/audit-format'
import type { IndicatorName } from '../utils/indicators'
import type { ActionModalState } from './action-modal'
import { AuditTrail } from './audit-trail'
import { ChangeHeadModal } from './change-head-modal'
import { CloseHouseholdModal } from './close-household-modal'
import { EditHouseholdModal } from './edit-household-modal'
import { HouseholdMembers } from './household-members'
import { HouseholdRecords } from './household-records'
import { HouseholdStatusTag } from './household-status-tag'
import { MemberFormModal } from './member-form-modal'
import { MemberLeavesModal } from './member-leaves-modal'
import { MergeHouseholdModal } from './merge-household-modal'
import { MoveMemberModal } from './move-member-modal'
import { SplitHouseholdModal } from './split-household-modal'

type Dialog =
  | { kind: 'edit' | 'close' | 'changeHead' | 'split' | 'merge' | 'addMember' }
  | { kind: 'editMember' | 'leave' | 'move'; memberId: string }

const SUBGROUP_FIELDS: Record<Subgroup, 'noLabourCapacity' | 'meritoriousMember' | 'ethnicMinority'> = {
  NO_LABOUR_CAPACITY: 'noLabourCapacity',
  MERITORIOUS_MEMBER: 'meritoriousMember',
  ETHNIC_MINORITY: 'ethnicMinority',
}

interface HouseholdDetailProps {
  household: Household
  /** The commune's name, when known. */
  communeName?: string
  /** Whether the user may change the household and its members (see canWriteHouseholds). */
  canWrite: boolean
  /** Whether the user may add yearly records (see canWriteRecords). */
  canWriteRecords: boolean
  VillageSelect: VillagePicker
  /** Indicator names, for the deprivations in the audit trail. */
  indicators: readonly IndicatorName[]
  /** Village names by id, for the audit trail. */
  villageName?: (id: string) => string | undefined
}

/**
 * One household: where it lives and its latest class, its members, the class of each year, and
 * the audit trail; officers change it through confirmed actions (closed households only read).
 */
export function HouseholdDetail({
  household,
  communeName,
  canWrite,
  canWriteRecords,
  VillageSelect,
  indicators,
  villageName = () => undefined,
}: HouseholdDetailProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const [dialog, setDialog] = useState<Dialog>()
  const [dialogOpen, setDialogOpen] = useState(false)
  const active = household.status === 'ACTIVE'
  const writable = canWrite && active
  const head = household.members.find((member) => member.id === household.headMemberId)
  const currentCount = household.members.filter((member) => member.status === 'ACTIVE').length

  const open = (next: Dialog) => {
    setDialog(next)
    setDialogOpen(true)
  }
  const modalState: ActionModalState = {
    open: dialogOpen,
    onClose: () => setDialogOpen(false),
    afterClose: () => setDialog(undefined),
  }

  const context: AuditContext = {
    householdCode: household.code,
    memberName: (id) => household.members.find((member) => member.id === id)?.fullName,
    villageName: (id) => (id === household.villageId ? (household.villageName ?? undefined) : villageName(id)),
    indicatorName: (code) => {
      const indicator = indicators.find((candidate) => candidate.code === code)
      return indicator ? localized(indicator.name, indicator.nameEn) : code
    },
  }

  // The member as last read (its version changes when the household is reloaded after a conflict).
  const dialogMember: Member | undefined =
    dialog && 'memberId' in dialog ? household.members.find((member) => member.id === dialog.memberId) : undefined

  const subgroups = SUBGROUPS.filter((subgroup) => household[SUBGROUP_FIELDS[subgroup]] === true)
  const latest = household.latestRecord

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('household.detail.info')}
        extra={<HouseholdStatusTag status={household.status} />}
        data-testid="household-info"
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'code', label: t('household.field.code'), children: household.code },
            { key: 'head', label: t('household.field.head'), children: head?.fullName ?? '' },
            {
              key: 'official',
              label: t('household.field.officialClass'),
              children: household.officialClass ? (
                <Space size={4} data-testid="official-class">
                  <HouseholdClassTag value={household.officialClass} />
                  <Typography.Text type="secondary">{t('household.classOfYear', { year: household.officialYear ?? '' })}</Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary" data-testid="official-class">{t('household.noDecision')}</Typography.Text>
              ),
            },
            {
              key: 'latest',
              label: t('household.field.latestClass'),
              children: latest ? (
                <Space size={4} data-testid="latest-class">
                  <HouseholdClassTag value={latest.classification} />
                  <Typography.Text type="secondary">{t('household.classOfYear', { year: latest.surveyYear })}</Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('household.noRecord')}</Typography.Text>
              ),
            },
            { key: 'commune', label: t('household.field.commune'), children: communeName ?? household.communeCode },
            { key: 'village', label: t('household.field.village'), children: household.villageName ?? '' },
            { key: 'address', label: t('household.field.address'), children: household.address ?? '' },
            { key: 'phone', label: t('household.field.phone'), children: household.phone ?? '' },
            { key: 'members', label: t('household.field.memberCount'), children: currentCount },
            ...(subgroups.length > 0
              ? [
                  {
                    key: 'subgroups',
                    label: t('household.field.subgroups'),
                    children: (
                      <Space size={4} wrap>
                        {subgroups.map((subgroup) => (
                          <Tag key={subgroup} color="purple">
                            {t(`household.subgroup.${subgroup}`)}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                ]
              : []),
            ...(household.status === 'CLOSED'
              ? [
                  {
                    key: 'closed',
                    label: t('household.field.closed'),
                    children: t('household.field.closedValue', {
                      date: formatDate(household.closedOn),
                      reason: household.closeReason ? t(`household.closeReason.${household.closeReason}`) : '',
                    }),
                  },
                ]
              : []),
            ...(household.successorId
              ? [
                  {
                    key: 'successor',
                    label: t('household.field.successor'),
                    children: <Link to={`/households/${household.successorId}`}>{t('common.open')}</Link>,
                  },
                ]
              : []),
            {
              key: 'updated',
              label: t('household.field.updated'),
              children: t('household.field.updatedValue', {
                at: formatDateTime(household.updatedAt),
                by: household.updatedBy,
              }),
            },
          ]}
        />
        {writable && (
          <Space wrap style={{ marginTop: 16 }} data-testid="household-actions">
            <Button icon={<EditOutlined />} onClick={() => open({ kind: 'edit' })}>
              {t('household.edit.action')}
            </Button>
            <Button icon={<UserSwitchOutlined />} onClick={() => open({ kind: 'changeHead' })} disabled={currentCount < 2}>
              {t('household.changeHead.action')}
            </Button>
            <Button icon={<SplitCellsOutlined />} onClick={() => open({ kind: 'split' })} disabled={currentCount < 2}>
              {t('household.split.action')}
            </Button>
            <Button icon={<MergeCellsOutlined />} onClick={() => open({ kind: 'merge' })}>
              {t('household.merge.action')}
            </Button>
            <Button danger icon={<StopOutlined />} onClick={() => open({ kind: 'close' })}>
              {t('household.close.action')}
            </Button>
          </Space>
        )}
      </Card>
      <HouseholdMembers
        household={household}
        canWrite={writable}
        onAdd={() => open({ kind: 'addMember' })}
        onEdit={(member) => open({ kind: 'editMember', memberId: member.id })}
        onLeave={(member) => open({ kind: 'leave', memberId: member.id })}
        onMove={(member) => open({ kind: 'move', memberId: member.id })}
      />
      <HouseholdRecords householdId={household.id} canAdd={canWriteRecords && active} />
      <AuditTrail householdId={household.id} context={context} />

      {dialog?.kind === 'edit' && (
        <EditHouseholdModal {...modalState} household={household} VillageSelect={VillageSelect} />
      )}
      {dialog?.kind === 'close' && <CloseHouseholdModal {...modalState} household={household} />}
      {dialog?.kind === 'changeHead' && <ChangeHeadModal {...modalState} household={household} />}
      {dialog?.kind === 'split' && (
        <SplitHouseholdModal {...modalState} household={household} VillageSelect={VillageSelect} />
      )}
      {dialog?.kind === 'merge' && <MergeHouseholdModal {...modalState} household={household} />}
      {dialog?.kind === 'addMember' && <MemberFormModal {...modalState} household={household} />}
      {dialog?.kind === 'editMember' && dialogMember && (
        <MemberFormModal {...modalState} household={household} member={dialogMember} />
      )}
      {dialog?.kind === 'leave' && dialogMember && (
        <MemberLeavesModal {...modalState} household={household} member={dialogMember} />
      )}
      {dialog?.kind === 'move' && dialogMember && (
        <MoveMemberModal {...modalState} household={household} member={dialogMember} />
      )}
    </Flex>
  )
}
