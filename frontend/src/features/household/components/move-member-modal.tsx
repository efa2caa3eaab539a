import { App, Form, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Schemas } from '@/lib/api-client'
import { RELATIONS_TO_HEAD } from '@/lib/fact-codes'
import type { Household, Member } from '../api/get-household'
import type { HouseholdSummary } from '../api/list-households'
import { useMoveMember } from '../api/move-member'
import { isoDate } from '../utils/iso-date'
import { ActionModal, type ActionModalState } from './action-modal'
import { HouseholdSearchSelect } from './household-search-select'
import { PastDateItem } from './past-date-item'

interface MoveValues {
  targetHouseholdId?: string
  relationToHead?: Schemas['RelationToHead']
  movedOn?: Dayjs
}

interface MoveMemberModalProps extends ActionModalState {
  household: Household
  member: Member
}

/** A member joins another household of the registry; both households keep their history. */
export function MoveMemberModal({ household, member, ...state }: MoveMemberModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<MoveValues>()
  const move = useMoveMember()
  const [target, setTarget] = useState<HouseholdSummary>()

  return (
    <ActionModal<MoveValues>
      {...state}
      title={t('household.move.title', { name: member.fullName })}
      okText={t('household.move.ok')}
      form={form}
      initialValues={{ movedOn: dayjs() }}
      fields={['targetHouseholdId', 'relationToHead', 'movedOn']}
      householdId={household.id}
      pending={move.isPending}
      onSubmit={async (values) => {
        if (!values.targetHouseholdId || !values.relationToHead || !values.movedOn) return
        await move.mutateAsync({
          householdId: household.id,
          member,
          body: {
            targetHouseholdId: values.targetHouseholdId,
            relationToHead: values.relationToHead,
            movedOn: isoDate(values.movedOn),
          },
        })
        void message.success(t('household.move.done', { name: member.fullName, code: target?.code ?? '' }))
      }}
    >
      <Form.Item
        name="targetHouseholdId"
        label={t('household.move.target')}
        rules={[{ required: true, message: t('household.move.targetRequired') }]}
      >
        <HouseholdSearchSelect
          excludeIds={[household.id]}
          aria-label={t('household.move.target')}
          onChange={(_, chosen) => setTarget(chosen)}
        />
      </Form.Item>
      <Form.Item
        name="relationToHead"
        label={t('household.move.relation')}
        rules={[{ required: true, message: t('household.invalid.relationToHead') }]}
      >
        <Select
          aria-label={t('household.move.relation')}
          options={RELATIONS_TO_HEAD.filter((relation) => relation !== 'HEAD').map((relation) => ({
            value: relation,
            label: t(`fact.relationToHead.${relation}`),
          }))}
        />
      </Form.Item>
      <PastDateItem name="movedOn" label={t('household.move.date')} />
    </ActionModal>
  )
}
