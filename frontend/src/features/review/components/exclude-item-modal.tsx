import { Alert, App, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { EXCLUSION_REASON_MAX_LENGTH, useExcludeItem } from '../api/exclude-item'
import type { ReviewItem } from '../api/list-items'
import { useFormFailure } from '../utils/use-form-failure'

interface ExcludeValues {
  reason?: string
}

/** Takes a household off the campaign's list with the reason recorded; it then needs no result. */
export function ExcludeItemModal({
  open,
  onClose,
  campaignId,
  item,
}: {
  open: boolean
  onClose: () => void
  campaignId: string
  item: Pick<ReviewItem, 'id' | 'householdCode'>
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ExcludeValues>()
  const exclude = useExcludeItem()
  const { failure, fail, clear } = useFormFailure(form, ['reason'])

  const submit = async (values: ExcludeValues) => {
    clear()
    try {
      await exclude.mutateAsync({ campaignId, itemId: item.id, reason: values.reason?.trim() ?? '' })
      void message.success(t('review.item.excluded', { code: item.householdCode }))
      onClose()
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Modal
      open={open}
      title={t('review.item.excludeTitle', { code: item.householdCode })}
      okText={t('review.item.excludeOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={exclude.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        clear()
      }}
      width={560}
    >
      <ProblemAlert failure={failure} />
      <Alert type="warning" showIcon title={t('review.item.excludeWarning')} style={{ marginBottom: 16 }} />
      <Form<ExcludeValues> name="exclusion" form={form} layout="vertical" onFinish={(values) => void submit(values)} disabled={exclude.isPending}>
        <Form.Item
          name="reason"
          label={t('review.item.excludeReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              max: EXCLUSION_REASON_MAX_LENGTH,
              message: t('review.item.excludeReasonRequired', { max: EXCLUSION_REASON_MAX_LENGTH }),
            },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
