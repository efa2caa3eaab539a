import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Popconfirm, Progress, Table, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/lib/error-message'
import { useFormats } from '@/lib/use-formats'
import { useDeleteTarget } from '../api/delete-target'
import type { Target } from '../api/get-dashboard'
import { formatTargetValue, isAtMost, targetProgress } from '../utils/targets'
import { TargetFormModal } from './target-form-modal'
import { TrafficLightTag } from './traffic-light-tag'

interface TargetsTableProps {
  unitCode: string
  targets: readonly Target[]
  /** Whether the user sets this unit's targets (see canEditTargets). */
  canEdit: boolean
}

type Editing = { mode: 'create' } | { mode: 'edit'; target: Target }

/** A unit's targets: the value to reach by a year, the latest actual value, progress and traffic light. */
export function TargetsTable({ unitCode, targets, canEdit }: TargetsTableProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const formats = useFormats()
  const [editing, setEditing] = useState<Editing>()
  const remove = useDeleteTarget()
  const valueOf = (target: Target, value: number | null) =>
    value === null ? '' : formatTargetValue(target.indicator, value, { rate: formats.rate, number: formats.number })

  const columns: TableColumnsType<Target> = [
    {
      title: t('dashboard.target.indicator'),
      key: 'indicator',
      width: '30%',
      render: (_, target) => (
        <Flex vertical>
          <span>{t(`dashboard.indicator.${target.indicator}`)}</span>
          {target.source && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {target.source}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('dashboard.target.year'), dataIndex: 'year', width: 64 },
    {
      title: t('dashboard.target.value'),
      key: 'target',
      align: 'right',
      render: (_, target) => (
        <span data-testid="target-value" style={{ whiteSpace: 'nowrap' }}>
          {isAtMost(target.indicator) ? '≤ ' : '≥ '}
          {valueOf(target, target.targetValue)}
        </span>
      ),
    },
    {
      title: t('dashboard.target.baseline'),
      key: 'baseline',
      align: 'right',
      render: (_, target) =>
        target.baselineYear !== null && target.baselineValue !== null
          ? t('dashboard.target.valueOfYear', { value: valueOf(target, target.baselineValue), year: target.baselineYear })
          : '',
    },
    {
      title: t('dashboard.target.actual'),
      key: 'actual',
      align: 'right',
      render: (_, target) =>
        target.actual !== null && target.actualYear !== null
          ? t('dashboard.target.valueOfYear', { value: valueOf(target, target.actual), year: target.actualYear })
          : '',
    },
    {
      title: t('dashboard.target.progress'),
      key: 'progress',
      width: 150,
      render: (_, target) => {
        const progress = targetProgress(target)
        if (progress === undefined) return null
        const trajectory = target.trajectory === null ? undefined : valueOf(target, target.trajectory)
        return (
          <Tooltip title={trajectory && t('dashboard.target.trajectory', { value: trajectory })}>
            <Progress
              percent={progress}
              size="small"
              status={target.light === 'RED' ? 'exception' : target.light === 'GREEN' ? 'success' : 'normal'}
              strokeColor={target.light === 'AMBER' ? '#faad14' : undefined}
              aria-label={t('dashboard.target.progress')}
            />
          </Tooltip>
        )
      },
    },
    {
      title: t('dashboard.target.light'),
      key: 'light',
      width: 150,
      render: (_, target) => <TrafficLightTag light={target.light} />,
    },
  ]
  if (canEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, target) => (
        <Flex gap={4}>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t('dashboard.target.edit', { indicator: t(`dashboard.indicator.${target.indicator}`) })}
              onClick={() => setEditing({ mode: 'edit', target })}
            />
          </Tooltip>
          <Popconfirm
            title={t('dashboard.target.deleteConfirm')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(target).then(
                () => void message.success(t('dashboard.target.deleted')),
                (error: unknown) => void message.error(errorMessage(error, t)),
              )
            }
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('dashboard.target.delete', { indicator: t(`dashboard.indicator.${target.indicator}`) })}
            />
          </Popconfirm>
        </Flex>
      ),
    })
  }

  return (
    <>
      {canEdit && (
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            {t('dashboard.target.add')}
          </Button>
        </Flex>
      )}
      <Table<Target>
        data-testid="targets-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={[...targets]}
        pagination={false}
        locale={{ emptyText: t('dashboard.target.none') }}
      />
      {editing && (
        <TargetFormModal
          key={editing.mode === 'edit' ? editing.target.id : 'new'}
          open
          onClose={() => setEditing(undefined)}
          unitCode={unitCode}
          target={editing.mode === 'edit' ? editing.target : undefined}
        />
      )}
    </>
  )
}
