import { Alert, App, Form, Input, InputNumber } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HistoricalFigure } from '../api/list-historical-figures'
import { usePutHistoricalFigure } from '../api/put-historical-figure'
import { ratePercent } from '../utils/historical'
import { FormModal, type FormModalState } from '@/components/form-modal'

interface FigureValues {
  year: number
  households?: number | null
  poor?: number | null
  poorRate?: number | null
  nearPoor?: number | null
  nearPoorRate?: number | null
  standard?: string
  source: string
}

const FIELDS = ['year', 'households', 'poor', 'poorRate', 'nearPoor', 'nearPoorRate', 'standard', 'source'] as const
const SOURCE_MAX_LENGTH = 500
const STANDARD_MAX_LENGTH = 100

interface HistoricalFigureModalProps extends FormModalState {
  unitCode: string
  /** The year corrected; a new year when absent. */
  figure?: HistoricalFigure
  /** Years that have figures already (entering one again replaces it). */
  takenYears: readonly number[]
}

/**
 * A year's figures entered by hand, with where they come from (a resolution, a report). A rate left
 * empty is computed from the households when they are given.
 */
export function HistoricalFigureModal({ unitCode, figure, takenYears, ...state }: HistoricalFigureModalProps) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<FigureValues>()
  const put = usePutHistoricalFigure()
  const year = Form.useWatch('year', form)
  const replaces = figure === undefined && year !== undefined && takenYears.includes(year)
  const decimalSeparator = i18n.language === 'en' ? '.' : ','

  return (
    <FormModal<FigureValues>
      {...state}
      title={figure ? t('dashboard.historical.editYear', { year: figure.year }) : t('dashboard.historical.add')}
      okText={t('common.save')}
      form={form}
      fields={FIELDS}
      pending={put.isPending}
      initialValues={
        figure
          ? {
              year: figure.year,
              households: figure.households,
              poor: figure.poor,
              poorRate: figure.poorRate,
              nearPoor: figure.nearPoor,
              nearPoorRate: figure.nearPoorRate,
              standard: figure.standard ?? '',
              source: figure.source,
            }
          : undefined
      }
      onSubmit={async (values) => {
        const households = values.households ?? undefined
        await put.mutateAsync({
          unitCode,
          year: values.year,
          body: {
            households,
            poor: values.poor ?? undefined,
            poorRate: values.poorRate ?? ratePercent(values.poor, households),
            nearPoor: values.nearPoor ?? undefined,
            nearPoorRate: values.nearPoorRate ?? ratePercent(values.nearPoor, households),
            standard: values.standard?.trim() || undefined,
            source: values.source.trim(),
          },
        })
        void message.success(t('dashboard.historical.saved', { year: values.year }))
      }}
    >
      {replaces && <Alert type="warning" showIcon title={t('dashboard.historical.replaces', { year })} style={{ marginBottom: 16 }} />}
      <Form.Item name="year" label={t('dashboard.field.year')} rules={[{ required: true, message: t('dashboard.invalid.year') }]}>
        <InputNumber min={1990} max={2100} precision={0} disabled={figure !== undefined} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="households" label={t('dashboard.field.households')}>
        <InputNumber min={0} precision={0} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="poor"
        label={t('dashboard.field.poor')}
        dependencies={['poorRate', 'nearPoor', 'nearPoorRate']}
        rules={[
          ({ getFieldsValue }) => ({
            validator: async () => {
              const values = getFieldsValue(['poor', 'poorRate', 'nearPoor', 'nearPoorRate']) as Partial<FigureValues>
              const given = [values.poor, values.poorRate, values.nearPoor, values.nearPoorRate].some(
                (value) => value !== undefined && value !== null,
              )
              if (!given) throw new Error(t('errors.historical.empty'))
            },
          }),
        ]}
      >
        <InputNumber min={0} precision={0} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="poorRate" label={t('dashboard.field.poorRate')} extra={t('dashboard.historical.rateHint')}>
        <InputNumber min={0} max={100} step={0.01} decimalSeparator={decimalSeparator} suffix="%" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="nearPoor" label={t('dashboard.field.nearPoor')}>
        <InputNumber min={0} precision={0} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="nearPoorRate" label={t('dashboard.field.nearPoorRate')}>
        <InputNumber min={0} max={100} step={0.01} decimalSeparator={decimalSeparator} suffix="%" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="standard"
        label={t('dashboard.historical.standard')}
        rules={[{ max: STANDARD_MAX_LENGTH, message: t('dashboard.invalid.standard', { max: STANDARD_MAX_LENGTH }) }]}
      >
        <Input placeholder={t('dashboard.historical.standardPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('dashboard.historical.source')}
        rules={[
          { required: true, whitespace: true, message: t('dashboard.invalid.sourceRequired') },
          { max: SOURCE_MAX_LENGTH, message: t('dashboard.invalid.source', { max: SOURCE_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea rows={2} placeholder={t('dashboard.historical.sourcePlaceholder')} />
      </Form.Item>
    </FormModal>
  )
}
