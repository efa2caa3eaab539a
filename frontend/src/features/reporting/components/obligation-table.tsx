import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { useProvinces } from '@/features/area/api/list-provinces'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useObligations, type Obligation } from '../api/list-obligations'
import { describeDueRule, describePeriods, describeReminders, describeWindow } from '../utils/obligations'
import { ObligationForm } from './obligation-form'

interface ObligationTableProps {
  /** Whether the user keeps obligations (see canManageObligations): adds them. */
  canAdd: boolean
  /** Whether the user may change this one (see canEditObligation). */
  canEdit: (obligation: Obligation) => boolean
  /** A province officer's province: the scope of what they add. */
  fixedProvince?: string
}

type Editing = { mode: 'create' } | { mode: 'edit'; obligation: Obligation }

/**
 * The reporting obligations, statutory and local: each one's periods, due rule, opening and lock,
 * owner and recipient, reminders and whether it applies, in words. The administrator adds and edits.
 */
export function ObligationTable({ canAdd, canEdit, fixedProvince }: ObligationTableProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const obligations = useObligations()
  const provinces = useProvinces()
  const provinceName = (code: string) => provinces.data?.find((province) => province.code === code)?.fullName ?? code
  const [editing, setEditing] = useState<Editing>()

  const columns: TableColumnsType<Obligation> = [
    {
      title: t('reporting.obligations.column.obligation'),
      key: 'obligation',
      render: (_, obligation) => (
        <Flex vertical>
          <span>{localized(obligation.title, obligation.titleEn)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {obligation.code} · {t(`reporting.content.${obligation.content}`)}
          </Typography.Text>
          {obligation.legalBasis && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {obligation.legalBasis}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('reporting.obligations.column.periods'),
      key: 'periods',
      render: (_, obligation) => <span data-testid="obligation-periods">{describePeriods(obligation, t)}</span>,
    },
    {
      title: t('reporting.obligations.column.due'),
      key: 'due',
      render: (_, obligation) => (
        <Flex vertical>
          <span data-testid="obligation-due">{describeDueRule(obligation, t)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {describeWindow(obligation, t)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('reporting.obligations.column.levels'),
      key: 'levels',
      render: (_, obligation) =>
        t('reporting.obligations.levels', {
          owner: t(`reporting.obligations.level.${obligation.ownerLevel}`),
          recipient: t(`reporting.obligations.level.${obligation.recipientLevel}`),
        }),
    },
    {
      title: t('reporting.obligations.column.reminders'),
      key: 'reminders',
      render: (_, obligation) => describeReminders(obligation.reminderOffsets, t),
    },
    {
      title: t('reporting.obligations.column.kind'),
      key: 'kind',
      width: 130,
      render: (_, obligation) => (
        <Flex vertical gap={4} align="start">
          {obligation.statutory ? (
            <Tag color="blue">{t('reporting.obligations.statutory')}</Tag>
          ) : (
            <Tag>{t('reporting.obligations.local')}</Tag>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="obligation-scope">
            {obligation.provinceCode ? provinceName(obligation.provinceCode) : t('reporting.obligations.national')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('reporting.obligations.column.status'),
      key: 'status',
      width: 130,
      render: (_, obligation) =>
        obligation.active ? (
          <Tag color="green">{t('reporting.obligations.active')}</Tag>
        ) : (
          <Tag>{t('reporting.obligations.inactive')}</Tag>
        ),
    },
  ]
  if (canAdd) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, obligation) =>
        canEdit(obligation) && (
        <Tooltip title={t('common.edit')}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('reporting.obligations.edit', { title: localized(obligation.title, obligation.titleEn) })}
            onClick={() => setEditing({ mode: 'edit', obligation })}
          />
        </Tooltip>
      ),
    })
  }

  return (
    <>
      <Flex justify="space-between" align="start" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('reporting.obligations.intro')}</Typography.Text>
        {canAdd && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            {t('reporting.obligations.add')}
          </Button>
        )}
      </Flex>
      {obligations.isError ? (
        <QueryError error={obligations.error} onRetry={() => void obligations.refetch()} />
      ) : (
        <Table<Obligation>
          data-testid="obligation-table"
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={obligations.data ?? []}
          loading={obligations.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reporting.obligations.empty') }}
        />
      )}
      {canAdd && editing && (
        <ObligationForm
          fixedProvince={fixedProvince}
          key={editing.mode === 'edit' ? editing.obligation.code : 'new'}
          open
          onClose={() => setEditing(undefined)}
          obligation={editing.mode === 'edit' ? editing.obligation : undefined}
        />
      )}
    </>
  )
}
