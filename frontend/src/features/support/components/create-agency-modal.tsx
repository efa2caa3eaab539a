import { App, Col, Form, Input, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCreateAgency } from '../api/create-agency'
import { AGENCY_KINDS, AGENCY_LEVELS, type AgencyKind, type AgencyLevel } from '../api/list-agencies'
import { FormModal, type FormModalState } from './form-modal'

interface AgencyValues {
  name?: string
  kind?: AgencyKind
  level?: AgencyLevel
  contactName?: string
  contactPhone?: string
  contactEmail?: string
}

/** Registers a helping agency of the province (cơ quan, đơn vị giúp đỡ). */
export function CreateAgencyModal({ provinceCode, ...state }: FormModalState & { provinceCode: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<AgencyValues>()
  const create = useCreateAgency()
  return (
    <FormModal<AgencyValues>
      {...state}
      title={t('support.agency.createTitle')}
      okText={t('support.agency.create')}
      form={form}
      name="support-agency"
      testId="create-agency-modal"
      initialValues={{ kind: 'GOVERNMENT_OFFICE', level: 'PROVINCE' }}
      fields={['name', 'kind', 'level', 'contactName', 'contactPhone', 'contactEmail']}
      codeFields={{ 'support.agency_duplicate_name': 'name' }}
      pending={create.isPending}
      onSubmit={async (values) => {
        if (!values.kind || !values.level) return
        const agency = await create.mutateAsync({
          name: values.name?.trim() ?? '',
          kind: values.kind,
          level: values.level,
          provinceCode,
          contactName: values.contactName?.trim() || undefined,
          contactPhone: values.contactPhone?.trim() || undefined,
          contactEmail: values.contactEmail?.trim() || undefined,
        })
        void message.success(t('support.agency.created', { name: agency.name }))
      }}
    >
      <Form.Item
        name="name"
        label={t('support.agency.name')}
        rules={[
          { required: true, whitespace: true, message: t('support.agency.nameRequired') },
          { max: 200, message: t('support.invalid.tooLong', { max: 200 }) },
        ]}
      >
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('support.agency.kind')} rules={[{ required: true }]}>
            <Select
             
              aria-label={t('support.agency.kind')}
              options={AGENCY_KINDS.map((value) => ({ value, label: t(`support.agencyKind.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="level" label={t('support.agency.level')} rules={[{ required: true }]}>
            <Select
             
              aria-label={t('support.agency.level')}
              options={AGENCY_LEVELS.map((value) => ({ value, label: t(`support.agencyLevel.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label={t('support.agency.contactName')} rules={[{ max: 150 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactPhone"
            label={t('support.agency.contactPhone')}
            rules={[{ pattern: /^[0-9+ .-]{6,20}$/, message: t('support.agency.phoneInvalid') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactEmail" label={t('support.agency.contactEmail')} rules={[{ type: 'email', max: 150, message: t('support.agency.emailInvalid') }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
