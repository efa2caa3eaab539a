import { Alert, App, Button, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage, isApiError } from '@/lib/error-message'
import { useCreateVillage, type VillageRequest } from '../api/create-village'
import { VILLAGE_KINDS, type Village, type VillageKind } from '../api/list-villages'
import { useUpdateVillage } from '../api/update-village'

export const VILLAGE_NAME_MAX_LENGTH = 100

interface VillageFormModalProps {
  open: boolean
  communeCode: string
  /** The village to edit; absent to create one. */
  village?: Village
  defaultKind: VillageKind
  onClose: () => void
  /** Called once the closing animation has ended. */
  afterClose: () => void
  /** Reloads the village after a conflict (412); resolves to its current state, if it still exists. */
  onReload: () => Promise<Village | undefined>
}

/**
 * Create or edit a village / residential group. Mounted fresh for each opening, so the form
 * starts from the village's saved values.
 */
export function VillageFormModal({
  open,
  communeCode,
  village,
  defaultKind,
  onClose,
  afterClose,
  onReload,
}: VillageFormModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<VillageRequest>()
  const [failure, setFailure] = useState<{ text: string; conflict: boolean }>()
  const createVillage = useCreateVillage(communeCode)
  const updateVillage = useUpdateVillage(communeCode)
  const saving = createVillage.isPending || updateVillage.isPending

  const submit = async (values: VillageRequest) => {
    const body: VillageRequest = { name: values.name.trim(), kind: values.kind }
    setFailure(undefined)
    try {
      const saved = village
        ? await updateVillage.mutateAsync({ village, body })
        : await createVillage.mutateAsync(body)
      void message.success(t(village ? 'area.villages.updated' : 'area.villages.created', { name: saved.name }))
      onClose()
    } catch (error) {
      if (isApiError(error, 412)) {
        setFailure({ text: t('area.villages.conflict'), conflict: true })
        return
      }
      if (isApiError(error) && error.violations.length > 0) {
        // The server names fields like "updateVillage.request.name": the last segment is ours.
        form.setFields(
          error.violations.map((violation) => ({
            name: violation.field.split('.').pop() === 'kind' ? 'kind' : 'name',
            errors: [violation.message],
          })),
        )
      }
      setFailure({ text: errorMessage(error, t), conflict: false })
    }
  }

  const reload = async () => {
    const current = await onReload()
    setFailure(undefined)
    if (current) form.setFieldsValue({ name: current.name, kind: current.kind })
    else onClose()
  }

  return (
    <Modal
      open={open}
      title={t(village ? 'area.villages.editTitle' : 'area.villages.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
    >
      {failure && (
        <Alert
          type={failure.conflict ? 'warning' : 'error'}
          showIcon
          title={failure.text}
          style={{ marginBottom: 16 }}
          action={
            failure.conflict && (
              <Button size="small" onClick={() => void reload()}>
                {t('common.reload')}
              </Button>
            )
          }
        />
      )}
      <Form<VillageRequest>
        form={form}
        layout="vertical"
        initialValues={village ? { name: village.name, kind: village.kind } : { name: '', kind: defaultKind }}
        onFinish={(values) => void submit(values)}
        disabled={saving}
      >
        <Form.Item
          name="name"
          label={t('area.village.name')}
          rules={[
            { required: true, whitespace: true, message: t('area.village.name.required') },
            {
              max: VILLAGE_NAME_MAX_LENGTH,
              message: t('area.village.name.tooLong', { max: VILLAGE_NAME_MAX_LENGTH }),
            },
          ]}
        >
          <Input autoFocus placeholder={t('area.village.name.placeholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('area.village.kind')} rules={[{ required: true }]}>
          <Select<VillageKind>
            options={VILLAGE_KINDS.map((kind) => ({ value: kind, label: t(`area.village.kind.${kind}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
