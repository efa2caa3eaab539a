import { useQueryClient } from '@tanstack/react-query'
import { App, Form, Input, InputNumber, Select } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useCreateTarget, type TargetRequest } from '../api/create-target'
import { TARGET_INDICATORS, type Target, type TargetIndicator } from '../api/get-dashboard'
import { invalidateDashboards } from '../api/invalidate-dashboards'
import { useUpdateTarget } from '../api/update-target'
import { isRateIndicator } from '../utils/chart-options'
import { FormModal, type FormModalState } from '@/components/form-modal'

interface TargetValues {
  indicator: TargetIndicator
  year: number
  targetValue: number
  baselineYear?: number | null
  baselineValue?: number | null
  source?: string
}

const FIELDS = ['indicator', 'year', 'targetValue', 'baselineYear', 'baselineValue', 'source'] as const
const SOURCE_MAX_LENGTH = 500

/** Sets a new target of the unit, or changes one (its indicator stays). */
export function TargetFormModal({
  unitCode,
  target,
  ...state
}: FormModalState & { unitCode: string; target?: Target }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<TargetValues>()
  const create = useCreateTarget()
  const update = useUpdateTarget()
  const indicator = Form.useWatch('indicator', form) ?? target?.indicator
  const unit = indicator && isRateIndicator(indicator) ? '%' : undefined
  const decimalSeparator = i18n.language === 'en' ? '.' : ','

  return (
    <FormModal<TargetValues>
      {...state}
      title={target ? t('dashboard.target.editTitle') : t('dashboard.target.addTitle')}
      okText={t('common.save')}
      form={form}
      fields={FIELDS}
      pending={create.isPending || update.isPending}
      initialValues={
        target
          ? {
              indicator: target.indicator,
              year: target.year,
              targetValue: target.targetValue,
              baselineYear: target.baselineYear,
              baselineValue: target.baselineValue,
              source: target.source ?? '',
            }
          : { year: dayjs().year() }
      }
      onReload={() => void invalidateDashboards(queryClient)}
      onSubmit={async (values) => {
        const body: TargetRequest = {
          unitCode,
          indicator: values.indicator,
          year: values.year,
          targetValue: values.targetValue,
          baselineYear: values.baselineYear ?? undefined,
          baselineValue: values.baselineValue ?? undefined,
          source: values.source?.trim() || undefined,
        }
        if (target) await update.mutateAsync({ target, body })
        else await create.mutateAsync(body)
        void message.success(t('dashboard.target.saved'))
      }}
    >
      <Form.Item
        name="indicator"
        label={t('dashboard.target.indicator')}
        rules={[{ required: true, message: t('dashboard.invalid.indicator') }]}
      >
        <Select<TargetIndicator>
          aria-label={t('dashboard.target.indicator')}
          disabled={target !== undefined}
          options={TARGET_INDICATORS.map((value) => ({ value, label: t(`dashboard.indicator.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t('dashboard.target.year')} rules={[{ required: true, message: t('dashboard.invalid.year') }]}>
        <InputNumber min={2016} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="targetValue"
        label={t('dashboard.target.value')}
        extra={indicator && t(isRateIndicator(indicator) ? 'dashboard.target.rateHint' : 'dashboard.target.countHint')}
        rules={[{ required: true, message: t('dashboard.invalid.targetValue') }]}
      >
        <InputNumber min={0} max={unit ? 100 : undefined} step={unit ? 0.1 : 1} decimalSeparator={decimalSeparator} suffix={unit} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="baselineYear"
        label={t('dashboard.target.baselineYear')}
        dependencies={['year']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: number | null | undefined) => {
              const year = getFieldValue('year') as number | undefined
              if (value !== null && value !== undefined && year !== undefined && value >= year) {
                throw new Error(t('errors.target.baseline_after_target'))
              }
            },
          }),
        ]}
      >
        <InputNumber min={2016} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="baselineValue" label={t('dashboard.target.baselineValue')}>
        <InputNumber min={0} step={unit ? 0.1 : 1} decimalSeparator={decimalSeparator} suffix={unit} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('dashboard.target.source')}
        rules={[{ max: SOURCE_MAX_LENGTH, message: t('dashboard.invalid.source', { max: SOURCE_MAX_LENGTH }) }]}
      >
        <Input.TextArea rows={2} placeholder={t('dashboard.target.sourcePlaceholder')} />
      </Form.Item>
    </FormModal>
  )
}
