import { Alert, App, Form, Input, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useChangeLead } from '../api/change-lead'
import { supportQueryKey } from '../api/keys'
import type { Agency } from '../api/list-agencies'
import type { HelpGroup } from '../api/list-groups'
import { isoDate } from '../utils/period'
import { FormModal, type FormModalState } from './form-modal'
import { PastDateItem } from './past-date-item'

const REASON_MAX_LENGTH = 1000

interface ChangeLeadValues {
  agencyId?: string
  changedOn?: Dayjs
  reason?: string
}

/** Hands a group's lead to another agency of the province, with the date and the reason (kept in its history). */
export function ChangeLeadModal({ group, agencies, ...state }: FormModalState & { group: HelpGroup; agencies: readonly Agency[] }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<ChangeLeadValues>()
  const change = useChangeLead()
  return (
    <FormModal<ChangeLeadValues>
      {...state}
      title={t('support.lead.title', { name: group.name })}
      okText={t('common.save')}
      form={form}
      name="support-lead"
      testId="change-lead-modal"
      initialValues={{ changedOn: dayjs() }}
      fields={['agencyId', 'changedOn', 'reason']}
      codeFields={{ 'support.lead_unchanged': 'agencyId', 'support.agency_outside_province': 'agencyId' }}
      conflictText={t('support.group.conflict')}
      onReload={() => void queryClient.invalidateQueries({ queryKey: supportQueryKey })}
      pending={change.isPending}
      intro={<Alert type="info" showIcon title={t('support.lead.current', { name: group.lead.name })} style={{ marginBottom: 16 }} />}
      onSubmit={async (values) => {
        if (!values.agencyId || !values.changedOn) return
        await change.mutateAsync({
          group,
          body: { agencyId: values.agencyId, changedOn: isoDate(values.changedOn), reason: values.reason?.trim() ?? '' },
        })
        void message.success(t('support.lead.done'))
      }}
    >
      <Form.Item name="agencyId" label={t('support.lead.agency')} rules={[{ required: true, message: t('support.invalid.agencyRequired') }]}>
        <Select
         
          aria-label={t('support.lead.agency')}
          showSearch={{ optionFilterProp: 'label' }}
          options={agencies.filter((agency) => agency.id !== group.lead.id).map((agency) => ({ value: agency.id, label: agency.name }))}
        />
      </Form.Item>
      <PastDateItem name="changedOn" label={t('support.lead.changedOn')} />
      <Form.Item
        name="reason"
        label={t('support.lead.reason')}
        rules={[
          { required: true, whitespace: true, message: t('support.lead.reasonRequired') },
          { max: REASON_MAX_LENGTH, message: t('support.invalid.tooLong', { max: REASON_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  )
}
