import { App, Form, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useCreatePlan } from '../api/create-plan'
import { SUPPORT_TYPES, type SupportType, type Target } from '../api/list-targets'
import { FormModal, type FormModalState } from './form-modal'

interface CreatePlanValues {
  year?: number | null
  escapeYear?: number | null
  supportType?: SupportType
}

/** Makes a household's plan for a year, then opens it. */
export function CreatePlanModal({ household, year, ...state }: FormModalState & { household: Target; year: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<CreatePlanValues>()
  const create = useCreatePlan()
  return (
    <FormModal<CreatePlanValues>
      {...state}
      title={t('support.createPlan.title', { code: household.householdCode })}
      okText={t('support.createPlan.confirm')}
      form={form}
      name="support-plan"
      testId="create-plan-modal"
      initialValues={{ year, escapeYear: year + 1, supportType: household.supportType }}
      fields={['year', 'escapeYear', 'supportType']}
      codeFields={{ 'support.escape_before_plan': 'escapeYear', 'support.plan_exists': 'year' }}
      pending={create.isPending}
      onSubmit={async (values) => {
        if (values.year == null || values.escapeYear == null) return
        const plan = await create.mutateAsync({
          householdId: household.householdId,
          year: values.year,
          escapeYear: values.escapeYear,
          supportType: values.supportType,
        })
        void message.success(t('support.createPlan.done', { code: plan.householdCode, year: plan.year }))
        void navigate(`/support/plans/${plan.id}`)
      }}
    >
      <Form.Item name="year" label={t('support.plan.year')} rules={[{ required: true, type: 'integer', min: 2016, max: 2100 }]}>
        <InputNumber<number> precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="escapeYear"
        label={t('support.plan.escapeYear')}
        dependencies={['year']}
        rules={[
          { required: true, type: 'integer', min: 2016, max: 2100, message: t('support.createPlan.escapeRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: number | null | undefined) => {
              const planYear = getFieldValue('year') as number | null | undefined
              if (value != null && planYear != null && value < planYear) throw new Error(t('errors.support.escape_before_plan'))
            },
          }),
        ]}
      >
        <InputNumber<number> precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="supportType" label={t('support.field.supportType')} extra={t('support.createPlan.typeHint')}>
        <Select
         
          aria-label={t('support.field.supportType')}
          options={SUPPORT_TYPES.map((value) => ({ value, label: t(`support.type.${value}`) }))}
        />
      </Form.Item>
    </FormModal>
  )
}
