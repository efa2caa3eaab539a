import { DatePicker, Form } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'

/** A required date that cannot be in the future (a delivery, a signature, a visit, a finding). */
export function PastDateItem({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation()
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, message: t('support.invalid.dateRequired') },
        {
          validator: async (_, value: Dayjs | null | undefined) => {
            if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('support.invalid.dateFuture'))
          },
        },
      ]}
    >
      <DatePicker
        format="DD/MM/YYYY"
        placeholder={t('support.datePlaceholder')}
        disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        style={{ width: 200 }}
      />
    </Form.Item>
  )
}
