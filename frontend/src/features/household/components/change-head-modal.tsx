import { Alert, App, Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useChangeHead } from '../api/change-head'
import { activeMembers, type Household } from '../api/get-household'
import { ActionModal, type ActionModalState } from './action-modal'

interface ChangeHeadValues {
  memberId?: string
}

/** Makes another active member the head of the household. */
export function ChangeHeadModal({ household, ...state }: ActionModalState & { household: Household }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ChangeHeadValues>()
  const change = useChangeHead()
  const members = activeMembers(household)
  const head = members.find((member) => member.id === household.headMemberId)
  const candidates = members.filter((member) => member.id !== household.headMemberId)

  return (
    <ActionModal<ChangeHeadValues>
      {...state}
      title={t('household.changeHead.title', { code: household.code })}
      okText={t('common.save')}
      form={form}
      fields={['memberId']}
      householdId={household.id}
      pending={change.isPending}
      intro={
        head && (
          <Alert
            type="info"
            showIcon
            title={t('household.changeHead.hint', { name: head.fullName })}
            style={{ marginBottom: 16 }}
          />
        )
      }
      onSubmit={async (values) => {
        if (!values.memberId) return
        await change.mutateAsync({ household, body: { memberId: values.memberId } })
        const name = candidates.find((member) => member.id === values.memberId)?.fullName ?? ''
        void message.success(t('household.changeHead.done', { name }))
      }}
    >
      <Form.Item
        name="memberId"
        label={t('household.changeHead.member')}
        rules={[{ required: true, message: t('household.changeHead.required') }]}
      >
        <Select
          aria-label={t('household.changeHead.member')}
          options={candidates.map((member) => ({ value: member.id, label: member.fullName }))}
        />
      </Form.Item>
    </ActionModal>
  )
}
