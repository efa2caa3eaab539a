import { App, Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSetContacts } from '../api/set-contacts'
import { FormModal, type FormModalState } from '@/components/form-modal'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Whom the reminders about a unit's reports are e-mailed to. The list replaces the one kept (the
 * API does not read it back, so it starts empty).
 */
export function ContactsModal({ unitCode, unitName, ...state }: FormModalState & { unitCode: string; unitName: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ emails: string[] }>()
  const save = useSetContacts()
  return (
    <FormModal<{ emails: string[] }>
      {...state}
      title={t('reporting.contacts.title', { unit: unitName })}
      okText={t('common.save')}
      form={form}
      fields={['emails']}
      initialValues={{ emails: [] }}
      pending={save.isPending}
      onSubmit={async ({ emails }) => {
        const kept = await save.mutateAsync({ unitCode, emails: emails.map((email) => email.trim()).filter(Boolean) })
        void message.success(t('reporting.contacts.done', { count: kept.length }))
      }}
    >
      <p>{t('reporting.contacts.intro')}</p>
      <Form.Item
        name="emails"
        label={t('reporting.contacts.emails')}
        rules={[
          {
            validator: async (_, value: string[] | undefined) => {
              const wrong = (value ?? []).filter((email) => !EMAIL.test(email.trim()))
              if (wrong.length > 0) throw new Error(t('reporting.invalid.email', { list: wrong.join(', ') }))
            },
          },
        ]}
      >
        <Select mode="tags" open={false} tokenSeparators={[',', ';', ' ']} placeholder={t('reporting.contacts.placeholder')} />
      </Form.Item>
    </FormModal>
  )
}
