import { useQueryClient } from '@tanstack/react-query'
import { Form, Modal, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { householdQueryKey } from '../api/get-household'
import { useFormFailure } from '../utils/use-form-failure'
import { FormFailure } from './form-failure'

export interface ActionModalState {
  open: boolean
  onClose: () => void
  /** Called once the closing animation has ended (the owner unmounts the modal then). */
  afterClose: () => void
}

interface ActionModalProps<Values> extends ActionModalState {
  title: ReactNode
  okText: string
  danger?: boolean
  form: FormInstance<Values>
  initialValues?: Partial<Values>
  /** The form's field names, so the server's violations land on them. */
  fields: readonly string[]
  /** The household the action changes: reloaded when someone else changed it meanwhile (412). */
  householdId: string
  pending: boolean
  /** Runs the action; a rejection is shown in the modal, which then stays open. */
  onSubmit: (values: Values) => Promise<unknown>
  /** Warnings or explanations above the fields. */
  intro?: ReactNode
  children: ReactNode
}

/**
 * A confirmation dialog for an action on a household: a small form, the action's button, and the
 * server's refusal shown in words (a conflict offers to reload the household, then retry).
 */
export function ActionModal<Values>({
  open,
  onClose,
  afterClose,
  title,
  okText,
  danger = false,
  form,
  initialValues,
  fields,
  householdId,
  pending,
  onSubmit,
  intro,
  children,
}: ActionModalProps<Values>) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
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

  const reload = () => {
    clear()
    void queryClient.invalidateQueries({ queryKey: householdQueryKey(householdId) })
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
      width={600}
    >
      <FormFailure failure={failure} onReload={reload} />
      {intro}
      <Form<Values>
        form={form}
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
