import { App, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Household } from '../api/get-household'
import { useUpdateHousehold } from '../api/update-household'
import type { VillagePicker } from '../utils/area-pickers'
import { ADDRESS_MAX_LENGTH, PHONE_PATTERN } from '../utils/member-form'
import { ActionModal, type ActionModalState } from './action-modal'

interface EditValues {
  villageId?: string
  address?: string
  phone?: string
}

interface EditHouseholdModalProps extends ActionModalState {
  household: Household
  VillageSelect: VillagePicker
}

/** Village, address and phone of a household (the rest changes through its own actions). */
export function EditHouseholdModal({ household, VillageSelect, ...state }: EditHouseholdModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<EditValues>()
  const update = useUpdateHousehold()

  return (
    <ActionModal<EditValues>
      {...state}
      title={t('household.edit.title', { code: household.code })}
      okText={t('common.save')}
      form={form}
      initialValues={{
        villageId: household.villageId ?? undefined,
        address: household.address ?? '',
        phone: household.phone ?? '',
      }}
      fields={['villageId', 'address', 'phone']}
      householdId={household.id}
      pending={update.isPending}
      onSubmit={async (values) => {
        const saved = await update.mutateAsync({
          household,
          body: {
            // all three, a cleared one as null: the API keeps a field it is not sent
            villageId: values.villageId || null,
            address: values.address?.trim() || null,
            phone: values.phone?.trim() || null,
          },
        })
        void message.success(t('household.edit.done', { code: saved.code }))
      }}
    >
      <Form.Item name="villageId" label={t('household.field.village')}>
        <VillageSelect communeCode={household.communeCode} allowClear aria-label={t('household.field.village')} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('household.field.address')}
        rules={[{ max: ADDRESS_MAX_LENGTH, message: t('household.invalid.address', { max: ADDRESS_MAX_LENGTH }) }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('household.field.phone')}
        rules={[{ pattern: PHONE_PATTERN, message: t('household.invalid.phone') }]}
      >
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
    </ActionModal>
  )
}
