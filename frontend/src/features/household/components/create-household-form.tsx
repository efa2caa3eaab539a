import { SaveOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCreateHousehold } from '../api/create-household'
import type { Household } from '../api/get-household'
import type { AreaPickers } from '../utils/area-pickers'
import {
  ADDRESS_MAX_LENGTH,
  newMemberValues,
  PHONE_PATTERN,
  toMemberRequest,
  type MemberFormValues,
} from '../utils/member-form'
import { useFormFailure } from '../utils/use-form-failure'
import { FormFailure } from './form-failure'
import { MembersEditor } from './members-editor'

export interface CreateHouseholdValues {
  communeCode?: string
  villageId?: string
  address?: string
  phone?: string
  members: MemberFormValues[]
}

interface CreateHouseholdFormProps extends AreaPickers {
  /** Proposed commune (a commune officer's own). */
  defaultCommuneCode?: string
  onCreated: (household: Household) => void
}

const FORM_FIELDS = ['communeCode', 'villageId', 'address', 'phone', 'members'] as const

/** Registers a household: where it lives, how to reach it, and its members (one of them the head). */
export function CreateHouseholdForm({
  CommuneSelect,
  VillageSelect,
  defaultCommuneCode,
  onCreated,
}: CreateHouseholdFormProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CreateHouseholdValues>()
  const [initialValues] = useState<CreateHouseholdValues>(() => ({
    communeCode: defaultCommuneCode,
    members: [newMemberValues('HEAD')],
  }))
  const communeCode = Form.useWatch('communeCode', form) ?? initialValues.communeCode
  const create = useCreateHousehold()
  const { failure, fail, clear } = useFormFailure(form, FORM_FIELDS)

  const submit = async (values: CreateHouseholdValues) => {
    clear()
    try {
      const household = await create.mutateAsync({
        communeCode: values.communeCode ?? '',
        villageId: values.villageId || undefined,
        address: values.address?.trim() || undefined,
        phone: values.phone?.trim() || undefined,
        members: values.members.map(toMemberRequest),
      })
      void message.success(t('household.create.done', { code: household.code }))
      onCreated(household)
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Form<CreateHouseholdValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      onValuesChange={(changed: Partial<CreateHouseholdValues>) => {
        if ('communeCode' in changed) form.setFieldValue('villageId', undefined)
      }}
      scrollToFirstError
      disabled={create.isPending}
    >
      <FormFailure failure={failure} />
      <Flex vertical gap={16}>
        <Card title={t('household.create.general')} size="small">
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item
                name="communeCode"
                label={t('household.field.commune')}
                rules={[{ required: true, message: t('household.invalid.communeCode') }]}
              >
                <CommuneSelect aria-label={t('household.field.commune')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="villageId" label={t('household.field.village')}>
                <VillageSelect communeCode={communeCode} allowClear aria-label={t('household.field.village')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item
                name="phone"
                label={t('household.field.phone')}
                rules={[{ pattern: PHONE_PATTERN, message: t('household.invalid.phone') }]}
              >
                <Input inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="address"
                label={t('household.field.address')}
                rules={[{ max: ADDRESS_MAX_LENGTH, message: t('household.invalid.address', { max: ADDRESS_MAX_LENGTH }) }]}
              >
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('household.create.members')} size="small">
          <Typography.Paragraph type="secondary">{t('household.create.membersHint')}</Typography.Paragraph>
          <MembersEditor />
        </Card>
        <Flex>
          <Button type="primary" icon={<SaveOutlined />} loading={create.isPending} onClick={() => form.submit()}>
            {t('household.create.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  )
}
