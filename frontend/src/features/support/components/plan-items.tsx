import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDate, formatMoney } from '@/lib/format'
import type { Plan, SupportItem } from '../api/get-plan'
import type { HelpGroup } from '../api/list-groups'
import type { SupportKind } from '../api/list-kinds'
import { useDialog } from '../utils/use-dialog'
import { itemWarnings } from '../utils/warnings'
import { AddItemModal } from './add-item-modal'
import { CancelItemModal } from './cancel-item-modal'
import { DeliverItemModal } from './deliver-item-modal'
import { ItemStatusTag } from './support-tags'

type Dialog = { kind: 'add' } | { kind: 'deliver'; itemId: string } | { kind: 'cancel'; itemId: string }

interface PlanItemsProps {
  plan: Plan
  kinds: readonly SupportKind[]
  group?: HelpGroup
  canWrite: boolean
  indicatorName: (code: string) => string
}

/** An item's warnings: the province's policy on a discouraged kind, and "review" when it meets no need. */
function ItemWarnings({ item, kinds }: { item: SupportItem; kinds: readonly SupportKind[] }) {
  const { t } = useTranslation()
  const warnings = itemWarnings(item, kinds)
  if (warnings.discouraged === undefined && !warnings.noNeed) return null
  return (
    <Flex vertical gap={4}>
      {warnings.discouraged !== undefined && (
        <Alert
          type="warning"
          showIcon
          data-testid="warning-discouraged"
          title={t('support.warning.discouraged')}
          description={warnings.discouraged || undefined}
        />
      )}
      {warnings.noNeed && (
        <Alert type="info" showIcon data-testid="warning-no-need" title={t('support.warning.noNeed')} />
      )}
    </Flex>
  )
}

/**
 * The items of a plan with their warnings. Delivering waits for the commitment (the button says
 * why); planned items can be dropped with a reason.
 */
export function PlanItems({ plan, kinds, group, canWrite, indicatorName }: PlanItemsProps) {
  const { t } = useTranslation()
  const { dialog, open, state } = useDialog<Dialog>()
  const committed = plan.commitment !== null
  const anyPlanned = plan.items.some((item) => item.status === 'PLANNED')
  const dialogItem = dialog && dialog.kind !== 'add' ? plan.items.find((item) => item.id === dialog.itemId) : undefined

  const columns: TableColumnsType<SupportItem> = [
    {
      title: t('support.item.kind'),
      key: 'kind',
      render: (_, item) => (
        <Flex vertical gap={4} style={{ maxWidth: 380 }}>
          <Typography.Text strong>{item.kindName}</Typography.Text>
          {item.description && <Typography.Text type="secondary">{item.description}</Typography.Text>}
          <ItemWarnings item={item} kinds={kinds} />
        </Flex>
      ),
    },
    { title: t('support.item.agency'), key: 'agency', render: (_, item) => item.agency.name },
    {
      title: t('support.item.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, item) => `${new Intl.NumberFormat('vi-VN').format(item.quantity)} ${item.unit}`,
    },
    { title: t('support.item.value'), key: 'value', align: 'right', render: (_, item) => formatMoney(item.valueVnd) },
    { title: t('support.item.funding'), key: 'funding', render: (_, item) => t(`support.funding.${item.fundingSource}`) },
    { title: t('support.item.plannedOn'), key: 'plannedOn', render: (_, item) => formatDate(item.plannedOn) },
    {
      title: t('support.item.status'),
      key: 'status',
      render: (_, item) => (
        <Flex vertical gap={2} align="start">
          <ItemStatusTag value={item.status} />
          {item.deliveredOn && <Typography.Text type="secondary">{formatDate(item.deliveredOn)}</Typography.Text>}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, item: SupportItem) =>
              item.status === 'PLANNED' && (
                <Flex gap={8}>
                  <Tooltip title={committed ? undefined : t('support.deliver.needsCommitment')}>
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      disabled={!committed}
                      aria-label={t('support.deliver.button', { kind: item.kindName })}
                      onClick={() => open({ kind: 'deliver', itemId: item.id })}
                    >
                      {t('support.deliver.short')}
                    </Button>
                  </Tooltip>
                  <Button
                    size="small"
                    danger
                    icon={<CloseOutlined />}
                    aria-label={t('support.cancelItem.button', { kind: item.kindName })}
                    onClick={() => open({ kind: 'cancel', itemId: item.id })}
                  >
                    {t('support.cancelItem.short')}
                  </Button>
                </Flex>
              ),
          },
        ]
      : []),
  ]

  return (
    <Card
      title={t('support.plan.items')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'add' })}>
            {t('support.item.add')}
          </Button>
        )
      }
    >
      {!committed && anyPlanned && (
        <Alert
          type="info"
          showIcon
          data-testid="commitment-missing"
          title={t('support.deliver.needsCommitment')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<SupportItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={plan.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('support.plan.noItems') }}
        data-testid="plan-items"
        rowClassName={(item) => `item-${item.status.toLowerCase()}`}
      />
      {dialog?.kind === 'add' && (
        <AddItemModal {...state} plan={plan} kinds={kinds} group={group} indicatorName={indicatorName} />
      )}
      {dialog?.kind === 'deliver' && dialogItem && <DeliverItemModal {...state} plan={plan} item={dialogItem} />}
      {dialog?.kind === 'cancel' && dialogItem && <CancelItemModal {...state} plan={plan} item={dialogItem} />}
    </Card>
  )
}
