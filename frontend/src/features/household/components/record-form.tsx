import { SaveOutlined } from '@ant-design/icons'
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Typography,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HouseholdFactsFields } from '@/components/household-facts-fields'
import { IndicatorTicks } from '@/components/indicator-ticks'
import { MoneyInput } from '@/components/money-input'
import type { Schemas } from '@/lib/api-client'
import { factLabelKey, POVERTY_CAUSES, SUPPORT_NEEDS } from '@/lib/fact-codes'
import { governingStandard, indicatorCodes } from '@/lib/fact-form'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useCreateRecord, type RecordRequest } from '../api/create-record'
import { activeMembers, type Household } from '../api/get-household'
import { useRecords, type HouseholdRecord } from '../api/list-records'
import type { EvaluateRequest } from '../api/preview-classification'
import { CORRECTION_REASON_MAX_LENGTH, memberFacts, REVIEWER_MAX_LENGTH } from '../utils/member-form'
import {
  buildPreviewRequest,
  buildRecordRequest,
  INCOME_BASES,
  initialRecordValues,
  type AreaType,
  type RecordFormValues,
} from '../utils/record-form'
import { useFormFailure } from '../utils/use-form-failure'
import { FormFailure } from './form-failure'
import { RecordPreview } from './record-preview'

const PREVIEW_DELAY_MS = 500
const FORM_FIELDS = [
  'surveyYear',
  'surveyDate',
  'reviewer',
  'monthlyIncomePerCapita',
  'scoreA',
  'household',
  'causes',
  'needs',
  'correctionReason',
] as const

interface RecordFormProps {
  household: Household
  /** The commune's area type: which income line applies (needed for the preview). */
  areaType: AreaType | null | undefined
  /** Published standards, to find the one governing the survey year… */
  standards: readonly Schemas['StandardSummary'][]
  /** …and their definitions by code (the indicators to tick). */
  definitions: Readonly<Record<string, Schemas['StandardDefinition'] | undefined>>
  /** The year proposed; the current year by default. */
  initialYear?: number
  /** The year cannot be changed (a review campaign surveys its own year). */
  yearFixed?: boolean
  /**
   * Stores the record another way than as a yearly record of the household (a review campaign's
   * survey); the caller says what was saved. By default the record is added to the household.
   */
  save?: (body: RecordRequest) => Promise<unknown>
  /** After saving; with `save`, without the record. */
  onSaved: (record?: HouseholdRecord) => void
}

/**
 * A year's review of a household: the survey (year, date, reviewer), income or score A, the
 * dwelling, the reviewer's ticks per indicator of the standard of the year, causes and needs, and a
 * correction reason when the year has a record already. The class it would get is previewed live.
 */
export function RecordForm({
  household,
  areaType,
  standards,
  definitions,
  initialYear = dayjs().year(),
  yearFixed = false,
  save,
  onSaved,
}: RecordFormProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<RecordFormValues>()
  const [initialValues] = useState(() => initialRecordValues(initialYear, dayjs()))
  const records = useRecords(household.id)
  const create = useCreateRecord()
  const { failure, fail, clear } = useFormFailure(form, FORM_FIELDS)
  const [saving, setSaving] = useState(false)
  const factLabel = (kind: 'povertyCause' | 'supportNeed', code: string) => {
    const key = factLabelKey(kind, code)
    return key ? t(key) : code
  }

  const values = Form.useWatch((all: RecordFormValues) => all, form)
  const current = values ?? initialValues
  const year = current.surveyYear ?? undefined
  const incomeBasis = current.incomeBasis ?? initialValues.incomeBasis
  const governing = year ? governingStandard(standards, year) : undefined
  const definition = governing ? definitions[governing.code] : undefined
  const codes = indicatorCodes(definition)
  const existing = records.data?.find((record) => record.current && record.surveyYear === year)

  const members = useMemo(() => activeMembers(household).map(memberFacts), [household])
  const previewKey = JSON.stringify(buildPreviewRequest(current, codes, members, areaType) ?? null)
  const debouncedKey = useDebouncedValue(previewKey, PREVIEW_DELAY_MS)
  const previewRequest = useMemo(
    () => (JSON.parse(debouncedKey) as EvaluateRequest | null) ?? undefined,
    [debouncedKey],
  )

  const submit = async (submitted: RecordFormValues) => {
    clear()
    try {
      if (save) {
        setSaving(true)
        try {
          await save(buildRecordRequest(submitted, codes, existing !== undefined))
        } finally {
          setSaving(false)
        }
        onSaved()
        return
      }
      const record = await create.mutateAsync({
        householdId: household.id,
        body: buildRecordRequest(submitted, codes, existing !== undefined),
      })
      void message.success(
        t('household.record.saved', {
          year: record.surveyYear,
          class: t(`classification.class.${record.classification}`),
        }),
      )
      onSaved(record)
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Form<RecordFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(submitted) => void submit(submitted)}
          scrollToFirstError
          disabled={create.isPending || saving}
        >
          <FormFailure failure={failure} />
          <Flex vertical gap={16}>
            <Card title={t('household.record.section.survey')} size="small">
              <Row gutter={16}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="surveyYear"
                    label={t('household.record.surveyYear')}
                    rules={[{ required: true, type: 'integer', min: 2016, max: 2100, message: t('household.invalid.surveyYear') }]}
                    extra={
                      year &&
                      (governing
                        ? t('household.record.standardOfYear', { year, code: governing.code })
                        : t('household.record.noStandard', { year }))
                    }
                  >
                    <InputNumber<number> min={2016} max={2100} precision={0} disabled={yearFixed} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="surveyDate"
                    label={t('household.record.surveyDate')}
                    rules={[
                      { required: true, message: t('household.invalid.dateRequired') },
                      {
                        validator: async (_, value: Dayjs | null | undefined) => {
                          if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('household.invalid.dateFuture'))
                        },
                      },
                    ]}
                  >
                    <DatePicker
                      format="DD/MM/YYYY"
                      placeholder={t('household.member.datePlaceholder')}
                      disabledDate={(date) => date.isAfter(dayjs(), 'day')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="reviewer"
                    label={t('household.record.reviewer')}
                    rules={[{ max: REVIEWER_MAX_LENGTH, message: t('household.invalid.reviewer', { max: REVIEWER_MAX_LENGTH }) }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="incomeBasis" label={t('household.record.incomeBasis')}>
                    <Radio.Group
                      optionType="button"
                      options={INCOME_BASES.map((value) => ({ value, label: t(`classification.incomeBasis.${value}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  {incomeBasis === 'SCORE_A' ? (
                    <Form.Item
                      name="scoreA"
                      label={t('household.record.scoreA')}
                      rules={[{ required: true, message: t('household.invalid.scoreA') }]}
                    >
                      <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="monthlyIncomePerCapita"
                      label={t('household.record.income')}
                      rules={[{ required: true, message: t('household.invalid.income') }]}
                    >
                      <MoneyInput />
                    </Form.Item>
                  )}
                </Col>
              </Row>
              {existing && (
                <>
                  <Alert
                    type="warning"
                    showIcon
                    data-testid="correcting"
                    title={t('household.record.correcting', {
                      year: existing.surveyYear,
                      class: t(`classification.class.${existing.classification}`),
                    })}
                    style={{ marginBottom: 16 }}
                  />
                  <Form.Item
                    name="correctionReason"
                    label={t('household.record.correctionReason')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        max: CORRECTION_REASON_MAX_LENGTH,
                        message: t('household.invalid.correctionReason', { max: CORRECTION_REASON_MAX_LENGTH }),
                      },
                    ]}
                  >
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </>
              )}
            </Card>
            <Card title={t('household.record.section.living')} size="small">
              <HouseholdFactsFields />
            </Card>
            <Card
              title={t('household.record.section.ticks')}
              size="small"
              extra={governing && <Typography.Text type="secondary">{governing.code}</Typography.Text>}
            >
              <Typography.Paragraph type="secondary">{t('household.record.ticksHint')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">
                {t('household.record.membersHint', { count: members.length })}
              </Typography.Paragraph>
              <IndicatorTicks definition={definition} />
            </Card>
            <Card title={t('household.record.section.causes')} size="small">
              <Form.Item name="causes" label={t('household.record.causes')}>
                <Checkbox.Group
                  options={POVERTY_CAUSES.map((cause) => ({ value: cause, label: factLabel('povertyCause', cause) }))}
                />
              </Form.Item>
              <Form.Item name="needs" label={t('household.record.needs')}>
                <Checkbox.Group
                  options={SUPPORT_NEEDS.map((need) => ({ value: need, label: factLabel('supportNeed', need) }))}
                />
              </Form.Item>
            </Card>
            <Flex>
              <Button type="primary" icon={<SaveOutlined />} loading={create.isPending || saving} onClick={() => form.submit()}>
                {t('household.record.save')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      </Col>
      <Col xs={24} xl={9}>
        <div style={{ position: 'sticky', top: 16 }}>
          <RecordPreview
            request={previewRequest}
            blocked={areaType ? undefined : t('household.preview.noAreaType')}
          />
        </div>
      </Col>
    </Row>
  )
}
