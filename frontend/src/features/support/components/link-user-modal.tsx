import { Alert, App, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLinkUser } from '../api/link-user'
import type { Agency } from '../api/list-agencies'
import { FormModal, type FormModalState } from './form-modal'

interface LinkUserValues {
  username?: string
}

/** Links a user account (role "helping agency") to the agency; one linked elsewhere moves here. */
export function LinkUserModal({ agency, ...state }: FormModalState & { agency: Agency }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<LinkUserValues>()
  const link = useLinkUser()
  return (
    <FormModal<LinkUserValues>
      {...state}
      title={t('support.agency.linkTitle', { name: agency.name })}
      okText={t('support.agency.link')}
      form={form}
      name="support-link"
      testId="link-user-modal"
      fields={['username']}
      pending={link.isPending}
      intro={<Alert type="info" showIcon title={t('support.agency.linkHint')} style={{ marginBottom: 16 }} />}
      onSubmit={async (values) => {
        const username = values.username?.trim() ?? ''
        await link.mutateAsync({ agencyId: agency.id, username })
        void message.success(t('support.agency.linked', { username, name: agency.name }))
      }}
    >
      <Form.Item
        name="username"
        label={t('support.agency.username')}
        rules={[{ required: true, pattern: /^[A-Za-z0-9._@-]{1,100}$/, message: t('support.agency.usernameInvalid') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  )
}
