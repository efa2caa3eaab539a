import { useQueryClient } from '@tanstack/react-query'
import { Alert, App, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { FormModal, type FormModalState } from '@/components/form-modal'
import type { Failure } from '@/components/problem-alert'
import { isApiError } from '@/lib/error-message'
import { useCreateObligation, type ObligationRequest } from '../api/create-obligation'
import { invalidateReporting } from '../api/invalidate-reporting'
import {
  DUE_RULES,
  OWNER_LEVELS,
  PERIOD_TYPES,
  RECIPIENT_LEVELS,
  REPORT_CONTENTS,
  type DueRule,
  type Obligation,
  type OwnerLevel,
  type PeriodType,
  type RecipientLevel,
  type ReportContent,
} from '../api/list-obligations'
import { useProvinces } from '@/features/area/api/list-provinces'
import { useUpdateObligation } from '../api/update-obligation'
import {
  contentFitsOwner,
  dueRuleFits,
  parseReminderOffsets,
  periodNumbers,
  quarterName,
  recipientFor,
  REMINDER_LIMIT,
} from '../utils/obligations'

interface ObligationValues {
  code?: string
  title: string
  titleEn: string
  legalBasis?: string
  periodType: PeriodType
  periods: number[]
  dueRule: DueRule
  dueDay: number
  dueMonth?: number
  opensDaysBeforeDue: number
  ownerLevel: OwnerLevel
  recipientLevel: RecipientLevel
  content: ReportContent
  /** As typed: "-5", "1". */
  reminderOffsets: string[]
  lockDays: number
  /** A local obligation's province; none: every province. */
  provinceCode?: string
  active: boolean
}

const FIELDS = [
  'code',
  'title',
  'titleEn',
  'legalBasis',
  'periodType',
  'periods',
  'dueRule',
  'dueDay',
  'dueMonth',
  'opensDaysBeforeDue',
  'ownerLevel',
  'recipientLevel',
  'content',
  'reminderOffsets',
  'lockDays',
  'provinceCode',
  'active',
] as const satisfies readonly (keyof ObligationValues)[]

/** The backend's limits (ObligationRequest). */
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{2,39}$/
const TEXT_MAX_LENGTH = 300
const DAYS_MAX = 366

/** A new obligation starts as the commonest kind: monthly, due on the 5th of the next month, from a commune to its province. */
const NEW_OBLIGATION: Partial<ObligationValues> = {
  periodType: 'MONTHLY',
  periods: [],
  dueRule: 'DAY_OF_NEXT_MONTH',
  dueDay: 5,
  opensDaysBeforeDue: 0,
  ownerLevel: 'COMMUNE',
  recipientLevel: recipientFor('COMMUNE'),
  reminderOffsets: ['-5', '1'],
  lockDays: 10,
  active: true,
}

function valuesOf(obligation: Obligation): ObligationValues {
  return {
    code: obligation.code,
    title: obligation.title,
    titleEn: obligation.titleEn,
    legalBasis: obligation.legalBasis ?? '',
    periodType: obligation.periodType,
    periods: obligation.periods,
    dueRule: obligation.dueRule,
    dueDay: obligation.dueDay,
    dueMonth: obligation.dueMonth ?? undefined,
    opensDaysBeforeDue: obligation.opensDaysBeforeDue,
    ownerLevel: obligation.ownerLevel,
    recipientLevel: obligation.recipientLevel,
    content: obligation.content,
    reminderOffsets: obligation.reminderOffsets.map(String),
    lockDays: obligation.lockDays,
    provinceCode: obligation.provinceCode ?? undefined,
    active: obligation.active,
  }
}

function requestOf(values: ObligationValues): Omit<ObligationRequest, 'code'> {
  return {
    title: values.title.trim(),
    titleEn: values.titleEn.trim(),
    legalBasis: values.legalBasis?.trim() || undefined,
    periodType: values.periodType,
    periods: [...values.periods].sort((a, b) => a - b),
    dueRule: values.dueRule,
    dueDay: values.dueDay,
    dueMonth: values.dueRule === 'FIXED_DATE' ? values.dueMonth : undefined,
    opensDaysBeforeDue: values.opensDaysBeforeDue,
    ownerLevel: values.ownerLevel,
    recipientLevel: values.recipientLevel,
    content: values.content,
    reminderOffsets: parseReminderOffsets(values.reminderOffsets ?? []).offsets,
    lockDays: values.lockDays,
    provinceCode: values.provinceCode || undefined,
    active: values.active,
  }
}

/** The rules an obligation's schedule breaks, as the server words them (shown below their translation). */
const RULE_CODES = ['reporting.invalid_periods', 'reporting.invalid_due_date', 'reporting.invalid_recipient', 'reporting.content_not_for_owner']

/**
 * Adds a local reporting obligation, or changes one (its code stays): every field of the request,
 * the periods offered after the period type, the due month only for a fixed date, the recipient
 * proposed from the owner. A changed schedule re-plans the periods not yet due that nobody has sent.
 */
export function ObligationForm({
  obligation,
  fixedProvince,
  ...state
}: FormModalState & {
  obligation?: Obligation
  /** A province officer's province: a new obligation is its, and the scope cannot change. */
  fixedProvince?: string
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<ObligationValues>()
  const create = useCreateObligation()
  const update = useUpdateObligation()
  const provinces = useProvinces()
  const initial = obligation ? valuesOf(obligation) : { ...NEW_OBLIGATION, provinceCode: fixedProvince }
  const periodType = Form.useWatch('periodType', form) ?? initial.periodType ?? 'MONTHLY'
  const dueRule = Form.useWatch('dueRule', form) ?? initial.dueRule ?? 'DAY_OF_NEXT_MONTH'
  const ownerLevel = Form.useWatch('ownerLevel', form) ?? initial.ownerLevel ?? 'COMMUNE'

  const periodLabel = (period: number) => {
    switch (periodType) {
      case 'MONTHLY':
        return t('reporting.obligations.option.month', { month: period })
      case 'QUARTERLY':
        return t('reporting.obligations.option.quarter', { quarter: quarterName(period) })
      case 'HALF_YEARLY':
        return period === 1 ? t('reporting.obligations.half.1') : t('reporting.obligations.half.2')
      case 'YEARLY':
        return t('reporting.obligations.option.year')
    }
  }
  const failureDetails = ({ error }: Failure) =>
    isApiError(error) && RULE_CODES.includes(error.code) && error.detail ? (
      <Typography.Text type="secondary" data-testid="problem-detail">
        {t('reporting.obligations.serverDetail', { detail: error.detail })}
      </Typography.Text>
    ) : null

  return (
    <FormModal<ObligationValues>
      {...state}
      title={obligation ? t('reporting.obligations.editTitle', { code: obligation.code }) : t('reporting.obligations.addTitle')}
      okText={t('common.save')}
      form={form}
      fields={FIELDS}
      initialValues={initial}
      pending={create.isPending || update.isPending}
      width={760}
      failureDetails={failureDetails}
      onReload={() => void invalidateReporting(queryClient)}
      onSubmit={async (values) => {
        const body = requestOf(values)
        if (obligation) {
          const saved = await update.mutateAsync({ obligation, body })
          void message.success(t('reporting.obligations.saved', { code: saved.code }))
        } else {
          const saved = await create.mutateAsync({ ...body, code: values.code?.trim() })
          void message.success(t('reporting.obligations.created', { code: saved.code }))
        }
      }}
    >
      {obligation && <Alert type="info" showIcon title={t('reporting.obligations.replanHint')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="code"
            label={t('reporting.obligations.field.code')}
            extra={obligation ? undefined : t('reporting.obligations.field.codeHint')}
            normalize={(value: string | undefined) => value?.toUpperCase()}
            rules={obligation ? [] : [{ required: true, pattern: CODE_PATTERN, message: t('reporting.obligations.invalid.code') }]}
          >
            <Input disabled={obligation !== undefined} maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name="legalBasis"
            label={t('reporting.obligations.field.legalBasis')}
            rules={[{ max: TEXT_MAX_LENGTH, message: t('reporting.obligations.invalid.tooLong', { max: TEXT_MAX_LENGTH }) }]}
          >
            <Input placeholder={t('reporting.obligations.field.legalBasisPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      {(['title', 'titleEn'] as const).map((name) => (
        <Form.Item
          key={name}
          name={name}
          label={t(`reporting.obligations.field.${name}`)}
          rules={[
            { required: true, whitespace: true, message: t('reporting.obligations.invalid.title') },
            { max: TEXT_MAX_LENGTH, message: t('reporting.obligations.invalid.tooLong', { max: TEXT_MAX_LENGTH }) },
          ]}
        >
          <Input />
        </Form.Item>
      ))}
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="periodType"
            label={t('reporting.obligations.field.periodType')}
            rules={[{ required: true, message: t('reporting.obligations.invalid.choose') }]}
          >
            <Select<PeriodType>
              options={PERIOD_TYPES.map((value) => ({ value, label: t(`reporting.obligations.periodType.${value}`) }))}
              // The periods follow the type: the year's only period, or a fresh choice.
              onChange={(value) => form.setFieldValue('periods', value === 'YEARLY' ? [1] : [])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name="periods"
            label={t('reporting.obligations.field.periods')}
            rules={[{ required: true, type: 'array', min: 1, message: t('reporting.obligations.invalid.periods') }]}
          >
            <Select<number[]>
              mode="multiple"
              allowClear
              options={periodNumbers(periodType).map((value) => ({ value, label: periodLabel(value) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={dueRule === 'FIXED_DATE' ? 10 : 14}>
          <Form.Item
            name="dueRule"
            label={t('reporting.obligations.field.dueRule')}
            dependencies={['periodType']}
            rules={[
              { required: true, message: t('reporting.obligations.invalid.choose') },
              ({ getFieldValue }) => ({
                validator: async (_, value: DueRule | undefined) => {
                  if (value && !dueRuleFits(value, getFieldValue('periodType') as PeriodType)) {
                    throw new Error(t('reporting.obligations.invalid.fixedDateYearly'))
                  }
                },
              }),
            ]}
          >
            <Select<DueRule> options={DUE_RULES.map((value) => ({ value, label: t(`reporting.obligations.dueRule.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={dueRule === 'FIXED_DATE' ? 7 : 10}>
          <Form.Item
            name="dueDay"
            label={t(`reporting.obligations.field.dueDay.${dueRule}`)}
            rules={[{ required: true, message: t('reporting.obligations.invalid.days') }]}
          >
            <InputNumber
              min={dueRule === 'DAYS_AFTER_PERIOD' ? 0 : 1}
              max={dueRule === 'DAYS_AFTER_PERIOD' ? DAYS_MAX : 31}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        {dueRule === 'FIXED_DATE' && (
          <Col xs={12} sm={7}>
            <Form.Item
              name="dueMonth"
              label={t('reporting.obligations.field.dueMonth')}
              rules={[{ required: true, message: t('reporting.obligations.invalid.choose') }]}
            >
              <Select<number>
                options={periodNumbers('MONTHLY').map((month) => ({ value: month, label: t('reporting.obligations.option.month', { month }) }))}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="opensDaysBeforeDue"
            label={t('reporting.obligations.field.opensDaysBeforeDue')}
            extra={t('reporting.obligations.field.opensHint')}
            rules={[{ required: true, message: t('reporting.obligations.invalid.days') }]}
          >
            <InputNumber min={0} max={DAYS_MAX} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="lockDays"
            label={t('reporting.obligations.field.lockDays')}
            extra={t('reporting.obligations.field.lockHint')}
            rules={[{ required: true, message: t('reporting.obligations.invalid.days') }]}
          >
            <InputNumber min={0} max={DAYS_MAX} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="ownerLevel"
            label={t('reporting.obligations.field.ownerLevel')}
            rules={[{ required: true, message: t('reporting.obligations.invalid.choose') }]}
          >
            <Select<OwnerLevel>
              options={OWNER_LEVELS.map((value) => ({ value, label: t(`reporting.obligations.level.${value}`) }))}
              onChange={(value) => form.setFieldValue('recipientLevel', recipientFor(value))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="recipientLevel"
            label={t('reporting.obligations.field.recipientLevel')}
            extra={t('reporting.obligations.field.recipientHint')}
            dependencies={['ownerLevel']}
            rules={[
              { required: true, message: t('reporting.obligations.invalid.choose') },
              ({ getFieldValue }) => ({
                validator: async (_, value: RecipientLevel | undefined) => {
                  const owner = getFieldValue('ownerLevel') as OwnerLevel | undefined
                  if (value && owner && value !== recipientFor(owner)) throw new Error(t('errors.reporting.invalid_recipient'))
                },
              }),
            ]}
          >
            <Select<RecipientLevel>
              options={RECIPIENT_LEVELS.map((value) => ({
                value,
                label: t(`reporting.obligations.level.${value}`),
                disabled: value !== recipientFor(ownerLevel),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="content"
        label={t('reporting.obligations.field.content')}
        dependencies={['ownerLevel']}
        rules={[
          { required: true, message: t('reporting.obligations.invalid.choose') },
          ({ getFieldValue }) => ({
            validator: async (_, value: ReportContent | undefined) => {
              const owner = getFieldValue('ownerLevel') as OwnerLevel | undefined
              if (value && owner && !contentFitsOwner(value, owner)) throw new Error(t('errors.reporting.content_not_for_owner'))
            },
          }),
        ]}
      >
        <Select<ReportContent>
          options={REPORT_CONTENTS.map((value) => ({
            value,
            label: t(`reporting.content.${value}`),
            disabled: !contentFitsOwner(value, ownerLevel),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reminderOffsets"
        label={t('reporting.obligations.field.reminderOffsets')}
        extra={t('reporting.obligations.field.reminderHint')}
        rules={[
          {
            validator: async (_, value: string[] | undefined) => {
              const { offsets, wrong } = parseReminderOffsets(value ?? [])
              if (wrong.length > 0) throw new Error(t('reporting.obligations.invalid.reminders', { list: wrong.join(', ') }))
              if (offsets.length > REMINDER_LIMIT) throw new Error(t('reporting.obligations.invalid.reminderCount', { max: REMINDER_LIMIT }))
            },
          },
        ]}
      >
        <Select mode="tags" open={false} tokenSeparators={[',', ';', ' ']} />
      </Form.Item>
      <Form.Item
        name="provinceCode"
        label={t('reporting.obligations.field.provinceCode')}
        extra={t('reporting.obligations.field.provinceHint')}
      >
        <Select<string>
          allowClear
          disabled={fixedProvince !== undefined}
          placeholder={t('reporting.obligations.national')}
          loading={provinces.isPending}
          options={(provinces.data ?? []).map((province) => ({ value: province.code, label: province.fullName }))}
          showSearch
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item
        name="active"
        label={t('reporting.obligations.field.active')}
        extra={t('reporting.obligations.field.activeHint')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </FormModal>
  )
}
