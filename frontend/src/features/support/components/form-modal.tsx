import { Form, Modal, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import type { FormModalState } from '../utils/use-dialog'
import { useFormFailure } from '../utils/use-form-failure'

export type { FormModalState } from '../utils/use-dialog'


interface FormModalProps<Values> extends FormModalState {
  title: ReactNode
  okText: string
  danger?: boolean
  form: FormInstance<Values>
  /** The form's name: its fields' ids (and so their labels) are `<name>_<field>`. */
  name: string
  initialValues?: Partial<Values>
  /** The form's field names, so the server's violations land on them. */
  fields: readonly string[]
  /** Business rules about one field (code → field), shown on that field. */
  codeFields?: Record<string, string>
  pending: boolean
  /** Runs the write; a rejection is shown in the modal, which then stays open. */
  onSubmit: (values: Values) => Promise<unknown>
  /** What a conflict (412) means here. */
  conflictText?: string
  onReload?: () => void
  /** Warnings or explanations above the fields. */
  intro?: ReactNode
  width?: number
  testId?: string
  children: ReactNode
}

/**
 * A small form in a dialog for one support action: the action's button, and the server's refusal
 * shown in words (errors.<code>, else its detail) above the fields.
 */
export function FormModal<Values>({
  open,
  onClose,
  afterClose,
  title,
  okText,
  danger = false,
  form,
  name,
  initialValues,
  fields,
  codeFields,
  pending,
  onSubmit,
  conflictText,
  onReload,
  intro,
  width = 600,
  testId,
  children,
}: FormModalProps<Values>) {
  const { t } = useTranslation()
  const { failure, fail, clear } = useFormFailure(form, fields, codeFields)

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
      okButtonProps={{ danger }}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      width={width}
      data-testid={testId}
    >
      <ProblemAlert
        failure={failure}
        conflictText={conflictText}
        onReload={
          onReload &&
          (() => {
            clear()
            onReload()
          })
        }
      />
      {intro}
      <Form<Values>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        disabled={pending}
      >
        {children}
      </Form>
    </Modal>
  )
}
