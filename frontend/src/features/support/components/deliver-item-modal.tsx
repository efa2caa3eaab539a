import { App, Form } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useDeliverItem } from '../api/deliver-item'
import type { Plan, SupportItem } from '../api/get-plan'
import { isoDate } from '../utils/period'
import { FormModal, type FormModalState } from './form-modal'
import { PastDateItem } from './past-date-item'

interface DeliverValues {
  deliveredOn?: Dayjs
}

/**
 * Records that an item reached the household. The server refuses it (422
 * support.commitment_required) before the commitment; the refusal is shown in the dialog.
 */
export function DeliverItemModal({ plan, item, ...state }: FormModalState & { plan: Plan; item: SupportItem }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<DeliverValues>()
  const deliver = useDeliverItem()
  return (
    <FormModal<DeliverValues>
      {...state}
      title={t('support.deliver.title', { kind: item.kindName })}
      okText={t('support.deliver.confirm')}
      form={form}
      name="support-delivery"
      testId="deliver-modal"
      initialValues={{ deliveredOn: dayjs() }}
      fields={['deliveredOn']}
      codeFields={{ 'support.delivery_before_commitment': 'deliveredOn', 'support.date_in_future': 'deliveredOn' }}
      pending={deliver.isPending}
      onSubmit={async (values) => {
        if (!values.deliveredOn) return
        await deliver.mutateAsync({ planId: plan.id, itemId: item.id, deliveredOn: isoDate(values.deliveredOn) })
        void message.success(t('support.deliver.done', { kind: item.kindName }))
      }}
    >
      <PastDateItem name="deliveredOn" label={t('support.deliver.on')} />
    </FormModal>
  )
}
