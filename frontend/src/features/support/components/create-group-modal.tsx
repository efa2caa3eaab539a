import { App, Form, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCreateGroup } from '../api/create-group'
import type { Agency } from '../api/list-agencies'
import type { CommunePicker } from '../utils/pickers'
import { FormModal, type FormModalState } from './form-modal'

const NAME_MAX_LENGTH = 200

interface CreateGroupValues {
  name?: string
  leadAgencyId?: string
  memberAgencyIds?: string[]
  communeCode?: string
}

interface CreateGroupModalProps extends FormModalState {
  provinceCode: string
  agencies: readonly Agency[]
  CommuneSelect: CommunePicker
}

/** Forms a help group of the province: its name, lead agency, member agencies and the commune it serves. */
export function CreateGroupModal({ provinceCode, agencies, CommuneSelect, ...state }: CreateGroupModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CreateGroupValues>()
  const create = useCreateGroup()
  const options = agencies.map((agency) => ({ value: agency.id, label: agency.name }))
  return (
    <FormModal<CreateGroupValues>
      {...state}
      title={t('support.group.createTitle')}
      okText={t('support.group.create')}
      form={form}
      name="support-group"
      testId="create-group-modal"
      fields={['name', 'leadAgencyId', 'memberAgencyIds', 'communeCodes']}
      codeFields={{ 'support.commune_outside_province': 'communeCode', 'support.agency_outside_province': 'leadAgencyId' }}
      pending={create.isPending}
      onSubmit={async (values) => {
        if (!values.leadAgencyId || !values.communeCode) return
        const group = await create.mutateAsync({
          name: values.name?.trim() ?? '',
          provinceCode,
          leadAgencyId: values.leadAgencyId,
          memberAgencyIds: (values.memberAgencyIds ?? []).filter((id) => id !== values.leadAgencyId),
          communeCodes: [values.communeCode],
        })
        void message.success(t('support.group.created', { name: group.name }))
      }}
    >
      <Form.Item
        name="name"
        label={t('support.group.name')}
        rules={[
          { required: true, whitespace: true, message: t('support.group.nameRequired') },
          { max: NAME_MAX_LENGTH, message: t('support.invalid.tooLong', { max: NAME_MAX_LENGTH }) },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="leadAgencyId" label={t('support.group.lead')} rules={[{ required: true, message: t('support.invalid.agencyRequired') }]}>
        <Select aria-label={t('support.group.lead')} showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="memberAgencyIds" label={t('support.group.members')}>
        <Select
         
          aria-label={t('support.group.members')}
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
        />
      </Form.Item>
      <Form.Item name="communeCode" label={t('support.group.commune')} rules={[{ required: true, message: t('support.invalid.communeRequired') }]}>
        <CommuneSelect aria-label={t('support.group.commune')} />
      </Form.Item>
    </FormModal>
  )
}
