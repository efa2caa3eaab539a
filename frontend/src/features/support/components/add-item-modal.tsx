import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { MoneyInput } from '@/components/money-input'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useAddItem } from '../api/add-item'
import { FUNDING_SOURCES, type FundingSource, type Plan } from '../api/get-plan'
import type { HelpGroup } from '../api/list-groups'
import type { SupportKind } from '../api/list-kinds'
import { isoDate } from '../utils/period'
import { useKindAddresses } from '../utils/use-kind-addresses'
import { itemWarnings } from '../utils/warnings'
import { FormModal, type FormModalState } from './form-modal'
import { KindOption } from './kind-option'

const DESCRIPTION_MAX_LENGTH = 500
const UNIT_MAX_LENGTH = 30

interface AddItemValues {
  kindCode?: string
  description?: string
  quantity?: number | null
  unit?: string
  valueVnd?: number | null
  fundingSource?: FundingSource
  plannedOn?: Dayjs
  agencyId?: string
}

interface AddItemModalProps extends FormModalState {
  plan: Plan
  kinds: readonly SupportKind[]
  /** The plan's group, for an officer to choose the agency that gives the item (the lead by default). */
  group?: HelpGroup
  indicatorName: (code: string) => string
}

/**
 * Adds an item from the catalogue. The select shows what each kind addresses and marks the kinds
 * the province discourages; choosing one shows the province's note before saving.
 */
export function AddItemModal({ plan, kinds, group, indicatorName, ...state }: AddItemModalProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { message } = App.useApp()
  const [form] = Form.useForm<AddItemValues>()
  const add = useAddItem()
  const addresses = useKindAddresses(indicatorName)
  const kindCode = Form.useWatch('kindCode', form)
  const kind = kinds.find((candidate) => candidate.code === kindCode)

  return (
    <FormModal<AddItemValues>
      {...state}
      title={t('support.item.addTitle', { code: plan.householdCode })}
      okText={t('support.item.add')}
      form={form}
      name="support-item"
      width={720}
      testId="add-item-modal"
      initialValues={{ quantity: 1, fundingSource: 'AGENCY_CONTRIBUTIONS', plannedOn: dayjs(), agencyId: group?.lead.id }}
      fields={['kindCode', 'description', 'quantity', 'unit', 'valueVnd', 'fundingSource', 'plannedOn', 'agencyId']}
      codeFields={{ 'support.unknown_kind': 'kindCode', 'support.agency_not_in_group': 'agencyId', 'support.other_agency': 'agencyId' }}
      pending={add.isPending}
      onSubmit={async (values) => {
        if (!values.kindCode || values.quantity == null || values.valueVnd == null || !values.fundingSource || !values.plannedOn) return
        const saved = await add.mutateAsync({
          planId: plan.id,
          body: {
            kindCode: values.kindCode,
            description: values.description?.trim() || undefined,
            quantity: values.quantity,
            unit: values.unit?.trim() || undefined,
            valueVnd: values.valueVnd,
            fundingSource: values.fundingSource,
            plannedOn: isoDate(values.plannedOn),
            agencyId: values.agencyId,
          },
        })
        const known = new Set(plan.items.map((item) => item.id))
        const added = saved.items.find((item) => !known.has(item.id))
        const warnings = added ? itemWarnings(added, kinds) : undefined
        if (warnings && (warnings.discouraged !== undefined || warnings.noNeed)) void message.warning(t('support.item.addedWithWarnings'))
        else void message.success(t('support.item.added'))
      }}
      intro={
        kind?.discouraged && (
          <Alert
            type="warning"
            showIcon
            data-testid="kind-discouraged-hint"
            title={t('support.warning.discouraged')}
            description={kind.policyNote || undefined}
            style={{ marginBottom: 16 }}
          />
        )
      }
    >
      <Form.Item name="kindCode" label={t('support.item.kind')} rules={[{ required: true, message: t('support.invalid.kindRequired') }]}>
        <Select
         
          aria-label={t('support.item.kind')}
          showSearch={{ optionFilterProp: 'title' }}
          options={kinds.map((candidate) => ({
            value: candidate.code,
            title: localized(candidate.name, candidate.nameEn),
            label: localized(candidate.name, candidate.nameEn),
            kind: candidate,
          }))}
          optionRender={(option) => <KindOption kind={option.data.kind} addresses={addresses(option.data.kind)} />}
          onChange={(code: string) => {
            const chosen = kinds.find((candidate) => candidate.code === code)
            if (chosen) form.setFieldValue('unit', chosen.unit)
          }}
        />
      </Form.Item>
      {kind && (
        <Alert type="info" title={t('support.kind.addresses', { what: addresses(kind) })} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="description"
        label={t('support.item.description')}
        rules={[{ max: DESCRIPTION_MAX_LENGTH, message: t('support.invalid.tooLong', { max: DESCRIPTION_MAX_LENGTH }) }]}
      >
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name="quantity"
            label={t('support.item.quantity')}
            rules={[{ required: true, type: 'number', min: 0.01, message: t('support.invalid.quantity') }]}
          >
            <InputNumber<number> min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="unit"
            label={t('support.item.unit')}
            rules={[{ max: UNIT_MAX_LENGTH, message: t('support.invalid.tooLong', { max: UNIT_MAX_LENGTH }) }]}
          >
            <Input placeholder={kind?.unit} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="valueVnd" label={t('support.item.value')} rules={[{ required: true, message: t('support.invalid.value') }]}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="fundingSource" label={t('support.item.funding')} rules={[{ required: true }]}>
            <Select
             
              aria-label={t('support.item.funding')}
              options={FUNDING_SOURCES.map((value) => ({ value, label: t(`support.funding.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="plannedOn" label={t('support.item.plannedOn')} rules={[{ required: true, message: t('support.invalid.dateRequired') }]}>
            <DatePicker format="DD/MM/YYYY" placeholder={t('support.datePlaceholder')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {group && (
          <Col xs={24}>
            <Form.Item name="agencyId" label={t('support.item.agency')}>
              <Select
               
                aria-label={t('support.item.agency')}
                options={group.members.map((agency) => ({ value: agency.id, label: agency.name }))}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  )
}
