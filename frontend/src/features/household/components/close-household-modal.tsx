import { Alert, App, Form, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { CLOSE_REASONS, useCloseHousehold, type CloseHouseholdRequest } from '../api/close-household'
import type { Household } from '../api/get-household'
import { isoDate } from '../utils/iso-date'
import { ActionModal, type ActionModalState } from './action-modal'
import { PastDateItem } from './past-date-item'

interface CloseValues {
  reason?: CloseHouseholdRequest['reason']
  closedOn?: Dayjs
}

/** Closes a household that moved away or dissolved; it is kept, but never changes again. */
export function CloseHouseholdModal({ household, ...state }: ActionModalState & { household: Household }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CloseValues>()
  const close = useCloseHousehold()

  return (
    <ActionModal<CloseValues>
      {...state}
      title={t('household.close.title', { code: household.code })}
      okText={t('household.close.ok')}
      danger
      form={form}
      initialValues={{ closedOn: dayjs() }}
      fields={['reason', 'closedOn']}
      householdId={household.id}
      pending={close.isPending}
      intro={<Alert type="warning" showIcon title={t('household.close.warning')} style={{ marginBottom: 16 }} />}
      onSubmit={async (values) => {
        if (!values.reason || !values.closedOn) return
        await close.mutateAsync({ household, body: { reason: values.reason, closedOn: isoDate(values.closedOn) } })
        void message.success(t('household.close.done', { code: household.code }))
      }}
    >
      <Form.Item
        name="reason"
        label={t('household.close.reason')}
        rules={[{ required: true, message: t('household.invalid.reasonRequired') }]}
      >
        <Radio.Group
          options={CLOSE_REASONS.map((reason) => ({ value: reason, label: t(`household.closeReason.${reason}`) }))}
        />
      </Form.Item>
      <PastDateItem name="closedOn" label={t('household.close.date')} />
    </ActionModal>
  )
}
