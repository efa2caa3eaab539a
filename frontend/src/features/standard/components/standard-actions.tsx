import {
  CheckCircleOutlined,
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons'
import { App, Button, Popconfirm, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Violation } from '@/lib/api-client'
import { errorMessage, isApiError } from '@/lib/error-message'
import { useDeleteStandard } from '../api/delete-standard'
import type { Standard } from '../api/get-standard'
import { usePublishStandard } from '../api/publish-standard'
import { useRetireStandard } from '../api/retire-standard'
import { useValidateStandard, type StandardValidation } from '../api/validate-standard'
import { canEditStandard } from '../utils/editability'
import { CopyStandardModal } from './copy-standard-modal'

export interface ActionFailure {
  text: string
  conflict: boolean
  violations: Violation[]
}

interface StandardActionsProps {
  standard: Standard
  onEdit: () => void
  onValidated: (validation: StandardValidation) => void
  onFailure: (failure: ActionFailure | undefined) => void
}

/** What an administrator can do with a standard, by its status and what may still change. */
export function StandardActions({ standard, onEdit, onValidated, onFailure }: StandardActionsProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [copying, setCopying] = useState(false)
  const validateStandard = useValidateStandard()
  const publishStandard = usePublishStandard()
  const retireStandard = useRetireStandard()
  const deleteStandard = useDeleteStandard()
  const busy =
    validateStandard.isPending || publishStandard.isPending || retireStandard.isPending || deleteStandard.isPending

  const run = async (action: () => Promise<unknown>, done: string) => {
    onFailure(undefined)
    try {
      await action()
      void message.success(done)
    } catch (error) {
      onFailure({
        text: isApiError(error, 412) ? t('standard.conflict') : errorMessage(error, t),
        conflict: isApiError(error, 412),
        violations: isApiError(error) ? error.violations : [],
      })
    }
  }

  const validate = async () => {
    onFailure(undefined)
    try {
      onValidated(await validateStandard.mutateAsync(standard.code))
    } catch (error) {
      onFailure({ text: errorMessage(error, t), conflict: false, violations: [] })
    }
  }

  return (
    <Space wrap data-testid="standard-actions">
      <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
        {t('standard.copy.action')}
      </Button>
      {canEditStandard(standard.editable, standard.definition) && (
        <>
          <Button icon={<EditOutlined />} onClick={onEdit} disabled={busy}>
            {t(standard.editable === 'ALL' ? 'standard.edit.action' : 'standard.edit.actionProvisional')}
          </Button>
          <Button
            icon={<CheckCircleOutlined />}
            onClick={() => void validate()}
            loading={validateStandard.isPending}
            disabled={busy}
          >
            {t('standard.validate.action')}
          </Button>
        </>
      )}
      {standard.status === 'DRAFT' && (
        <Popconfirm
          title={t('standard.publish.confirm', { code: standard.code })}
          description={standard.basedOn ? t('standard.publish.supersedes', { code: standard.basedOn }) : undefined}
          okText={t('standard.publish.action')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            run(() => publishStandard.mutateAsync(standard), t('standard.publish.done', { code: standard.code }))
          }
        >
          <Button type="primary" icon={<SendOutlined />} loading={publishStandard.isPending} disabled={busy}>
            {t('standard.publish.action')}
          </Button>
        </Popconfirm>
      )}
      {standard.status === 'PUBLISHED' && (
        <Popconfirm
          title={t('standard.retire.confirm', { code: standard.code })}
          description={t('standard.retire.consequence')}
          okText={t('standard.retire.action')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            run(() => retireStandard.mutateAsync(standard), t('standard.retire.done', { code: standard.code }))
          }
        >
          <Button danger icon={<StopOutlined />} loading={retireStandard.isPending} disabled={busy}>
            {t('standard.retire.action')}
          </Button>
        </Popconfirm>
      )}
      {standard.status === 'DRAFT' && (
        <Popconfirm
          title={t('standard.delete.confirm', { code: standard.code })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            run(async () => {
              await deleteStandard.mutateAsync(standard)
              void navigate('/standards')
            }, t('standard.delete.done', { code: standard.code }))
          }
        >
          <Button danger icon={<DeleteOutlined />} loading={deleteStandard.isPending} disabled={busy}>
            {t('standard.delete.action')}
          </Button>
        </Popconfirm>
      )}
      <CopyStandardModal open={copying} code={standard.code} onClose={() => setCopying(false)} />
    </Space>
  )
}
