import { Alert, App, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { errorMessage } from '@/lib/error-message'
import { useCopyStandard, type CopyStandardRequest } from '../api/copy-standard'

/** The codes the server accepts for a standard: 3 to 40 capitals, digits or _, from a letter. */
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{2,39}$/

interface CopyStandardModalProps {
  open: boolean
  code: string
  onClose: () => void
}

/** "Sao chép thành bản nháp": a new code (and optionally a name), then opens the draft. */
export function CopyStandardModal({ open, code, onClose }: CopyStandardModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<CopyStandardRequest>()
  const [failure, setFailure] = useState<string>()
  const copyStandard = useCopyStandard(code)

  const submit = async (values: CopyStandardRequest) => {
    setFailure(undefined)
    try {
      const draft = await copyStandard.mutateAsync({
        newCode: values.newCode.trim(),
        name: values.name?.trim() || undefined,
      })
      void message.success(t('standard.copy.done', { code: draft.code }))
      onClose()
      void navigate(`/standards/${draft.code}`)
    } catch (error) {
      setFailure(errorMessage(error, t))
    }
  }

  return (
    <Modal
      open={open}
      title={t('standard.copy.title', { code })}
      okText={t('standard.copy.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={copyStandard.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<CopyStandardRequest>
        form={form}
        layout="vertical"
        initialValues={{ newCode: `${code}_V2`, name: '' }}
        onFinish={(values) => void submit(values)}
        disabled={copyStandard.isPending}
      >
        <Form.Item
          name="newCode"
          label={t('standard.copy.newCode')}
          extra={t('standard.copy.newCodeHint')}
          normalize={(value: string) => value.toUpperCase()}
          rules={[
            { required: true, whitespace: true, message: t('standard.copy.newCodeRequired') },
            { pattern: CODE_PATTERN, message: t('standard.copy.newCodeHint') },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="name" label={t('standard.copy.name')}>
          <Input placeholder={t('standard.copy.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
