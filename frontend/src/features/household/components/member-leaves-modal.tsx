import { App, Form, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Household, Member } from '../api/get-household'
import { LEAVE_REASONS, useMemberLeaves, type MemberLeavesRequest } from '../api/member-leaves'
import { isoDate } from '../utils/iso-date'
import { ActionModal, type ActionModalState } from './action-modal'
import { PastDateItem } from './past-date-item'

interface LeaveValues {
  reason?: MemberLeavesRequest['reason']
  leftOn?: Dayjs
}

interface MemberLeavesModalProps extends ActionModalState {
  household: Household
  member: Member
}

/** A member moved out or died; they stay in the household's history. */
export function MemberLeavesModal({ household, member, ...state }: MemberLeavesModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<LeaveValues>()
  const leave = useMemberLeaves()

  return (
    <ActionModal<LeaveValues>
      {...state}
      title={t('household.leave.title', { name: member.fullName })}
      okText={t('household.leave.ok')}
      danger
      form={form}
      initialValues={{ leftOn: dayjs() }}
      fields={['reason', 'leftOn']}
      householdId={household.id}
      pending={leave.isPending}
      onSubmit={async (values) => {
        if (!values.reason || !values.leftOn) return
        await leave.mutateAsync({
          householdId: household.id,
          member,
          body: { reason: values.reason, leftOn: isoDate(values.leftOn) },
        })
        void message.success(t('household.leave.done', { name: member.fullName }))
      }}
    >
      <Form.Item
        name="reason"
        label={t('household.leave.reason')}
        rules={[{ required: true, message: t('household.invalid.reasonRequired') }]}
      >
        <Radio.Group
          options={LEAVE_REASONS.map((reason) => ({ value: reason, label: t(`household.member.leftReason.${reason}`) }))}
        />
      </Form.Item>
      <PastDateItem name="leftOn" label={t('household.leave.date')} />
    </ActionModal>
  )
}
