import { App, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCancelItem } from '../api/cancel-item'
import type { Plan, SupportItem } from '../api/get-plan'
import { FormModal, type FormModalState } from './form-modal'

const REASON_MAX_LENGTH = 300

interface CancelValues {
  reason?: string
}

/** Drops a planned item, with the reason (kept with the item). */
export function CancelItemModal({ plan, item, ...state }: FormModalState & { plan: Plan; item: SupportItem }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CancelValues>()
  const cancel = useCancelItem()
  return (
    <FormModal<CancelValues>
      {...state}
      title={t('support.cancelItem.title', { kind: item.kindName })}
      okText={t('support.cancelItem.confirm')}
      danger
      form={form}
      name="support-cancel"
      fields={['reason']}
      pending={cancel.isPending}
      onSubmit={async (values) => {
        await cancel.mutateAsync({ planId: plan.id, itemId: item.id, reason: values.reason?.trim() ?? '' })
        void message.success(t('support.cancelItem.done', { kind: item.kindName }))
      }}
    >
      <Form.Item
        name="reason"
        label={t('support.cancelItem.reason')}
        rules={[
          { required: true, whitespace: true, message: t('support.cancelItem.reasonRequired') },
          { max: REASON_MAX_LENGTH, message: t('support.invalid.tooLong', { max: REASON_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  )
}
