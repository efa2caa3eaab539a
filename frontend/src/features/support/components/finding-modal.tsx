import { useQuery } from '@tanstack/react-query'
import { App, Form, Input, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { getPlanQueryOptions } from '../api/get-plan'
import { listPlansQueryOptions } from '../api/list-plans'
import { FINDING_OUTCOMES, type CrossCheck, type FindingOutcome } from '../api/pair-groups'
import { useRecordFinding } from '../api/record-finding'
import { isoDate } from '../utils/period'
import { FormModal, type FormModalState } from './form-modal'
import { PastDateItem } from './past-date-item'

const REMARKS_MAX_LENGTH = 2000

interface FindingValues {
  householdId?: string
  itemId?: string
  outcome?: FindingOutcome
  remarks?: string
  foundOn?: Dayjs
}

interface FindingModalProps extends FormModalState {
  check: CrossCheck
  /** The household's name in the list (its code and head), when known. */
  householdLabel: (householdId: string) => string
  /** Whether the user may read the inspected households' plans (to name the item concerned). */
  readsPlans: boolean
}

/** The items of the household's plan of the check's year, to name the one a finding is about. */
function useItemOptions(householdId: string | undefined, year: number, enabled: boolean) {
  const plans = useQuery({ ...listPlansQueryOptions({ householdId, year }), enabled: enabled && Boolean(householdId) })
  const planId = plans.data?.[0]?.id
  const plan = useQuery({ ...getPlanQueryOptions(planId ?? ''), enabled: Boolean(planId) })
  return (plan.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.kindName} – ${item.quantity} ${item.unit}` }))
}

/** Records what the inspecting group found at a household: the outcome, remarks and the date. */
export function FindingModal({ check, householdLabel, readsPlans, ...state }: FindingModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<FindingValues>()
  const record = useRecordFinding()
  const householdId = Form.useWatch('householdId', form)
  const items = useItemOptions(householdId, check.year, readsPlans)
  return (
    <FormModal<FindingValues>
      {...state}
      title={t('support.finding.title', { inspected: check.inspected.name })}
      okText={t('common.save')}
      form={form}
      name="support-finding"
      testId="finding-modal"
      initialValues={{ foundOn: dayjs(), outcome: 'DELIVERED' }}
      fields={['householdId', 'itemId', 'outcome', 'remarks', 'foundOn']}
      codeFields={{
        'support.household_not_in_check': 'householdId',
        'support.item_not_of_household': 'itemId',
        'support.date_in_future': 'foundOn',
      }}
      pending={record.isPending}
      onSubmit={async (values) => {
        if (!values.householdId || !values.outcome || !values.foundOn) return
        await record.mutateAsync({
          checkId: check.id,
          body: {
            householdId: values.householdId,
            itemId: values.itemId,
            outcome: values.outcome,
            remarks: values.remarks?.trim() || undefined,
            foundOn: isoDate(values.foundOn),
          },
        })
        void message.success(t('support.finding.done'))
      }}
    >
      <Form.Item name="householdId" label={t('support.field.household')} rules={[{ required: true, message: t('support.finding.householdRequired') }]}>
        <Select
         
          aria-label={t('support.field.household')}
          showSearch={{ optionFilterProp: 'label' }}
          options={check.householdIds.map((id) => ({ value: id, label: householdLabel(id) }))}
          onChange={() => form.setFieldValue('itemId', undefined)}
        />
      </Form.Item>
      <Form.Item name="itemId" label={t('support.finding.item')} extra={readsPlans ? undefined : t('support.finding.itemHint')}>
        <Select aria-label={t('support.finding.item')} allowClear disabled={items.length === 0} options={items} />
      </Form.Item>
      <Form.Item name="outcome" label={t('support.finding.outcome')} rules={[{ required: true }]}>
        <Select
         
          aria-label={t('support.finding.outcome')}
          options={FINDING_OUTCOMES.map((value) => ({ value, label: t(`support.finding.outcome.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="remarks"
        label={t('support.finding.remarks')}
        rules={[{ max: REMARKS_MAX_LENGTH, message: t('support.invalid.tooLong', { max: REMARKS_MAX_LENGTH }) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <PastDateItem name="foundOn" label={t('support.finding.foundOn')} />
    </FormModal>
  )
}
