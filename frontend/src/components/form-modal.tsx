import { Form, Modal, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import { useFormFailure } from '@/lib/use-form-failure'

export interface FormModalState {
  open: boolean
  onClose: () => void
}

interface FormModalProps<Values> extends FormModalState {
  title: ReactNode
  okText: string
  form: FormInstance<Values>
  initialValues?: Partial<Values>
  /** The form's field names, so the server's violations land on them. */
  fields: readonly string[]
  pending: boolean
  /** Runs the write; a rejection is shown in the modal, which then stays open. */
  onSubmit: (values: Values) => Promise<unknown>
  /** What to do on a conflict (412): read the data again. */
  onReload?: () => void
  /** More about a refusal, below its message (e.g. the server's detail of a broken rule). */
  failureDetails?: (failure: Failure) => ReactNode
  width?: number
  children: ReactNode
}

/** A dialog with a small form, its button, and the server's refusal in words. */
export function FormModal<Values>({
  open,
  onClose,
  title,
  okText,
  form,
  initialValues,
  fields,
  pending,
  onSubmit,
  onReload,
  failureDetails,
  width = 600,
  children,
}: FormModalProps<Values>) {
  const { t } = useTranslation()
  const { failure, fail, clear } = useFormFailure(form, fields)

  const submit = async (values: Values) => {
    clear()
    try {
      await onSubmit(values)
      onClose()
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      <ProblemAlert
        failure={failure}
        onReload={
          onReload &&
          (() => {
            clear()
            onReload()
            onClose()
          })
        }
      >
        {failure && failureDetails?.(failure)}
      </ProblemAlert>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        disabled={pending}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  )
}
