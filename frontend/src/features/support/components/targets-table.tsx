import { PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { factLabelKey } from '@/lib/fact-codes'
import type { PlanSummary } from '../api/list-plans'
import type { Target } from '../api/list-targets'
import { PriorityTag, SupportTypeTag } from './support-tags'

interface TargetsTableProps {
  households: readonly Target[]
  /** The plans of the year, to link each household to its own. */
  plans: readonly PlanSummary[]
  year: number
  loading: boolean
  indicatorName: (code: string) => string
  /** Offered on a household a group helps and that has no plan for the year. */
  onCreatePlan?: (household: Target) => void
}

/**
 * Households to support: code, head, class, what they lack (by name), why they are poor (support
 * type, the priority group flagged), their group, and their plan of the year.
 */
export function TargetsTable({ households, plans, year, loading, indicatorName, onCreatePlan }: TargetsTableProps) {
  const { t } = useTranslation()
  const planOf = (householdId: string) => plans.find((plan) => plan.householdId === householdId && plan.year === year)
  const label = (kind: 'povertyCause' | 'supportNeed', code: string) => {
    const key = factLabelKey(kind, code)
    return key ? t(key) : code
  }

  const columns: TableColumnsType<Target> = [
    { title: t('support.field.code'), dataIndex: 'householdCode', width: 120 },
    {
      title: t('support.field.head'),
      key: 'head',
      render: (_, household) => (
        <Flex vertical>
          <span>{household.headName ?? ''}</span>
          {household.villageName && <Typography.Text type="secondary">{household.villageName}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('support.field.class'),
      key: 'class',
      render: (_, household) =>
        household.latestClass ? (
          <Flex gap={4} align="center" wrap>
            <HouseholdClassTag value={household.latestClass} />
            {household.latestYear !== null && <Typography.Text type="secondary">{household.latestYear}</Typography.Text>}
          </Flex>
        ) : null,
    },
    {
      title: t('support.field.deprivations'),
      key: 'deprivations',
      render: (_, household) => (
        <Flex gap={4} wrap style={{ maxWidth: 360 }} data-testid="deprivations">
          {household.deprivedIndicators.map((code) => (
            <Tag key={code} style={{ marginInlineEnd: 0 }}>
              {indicatorName(code)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('support.field.supportType'),
      key: 'supportType',
      render: (_, household) => (
        <Tooltip
          title={[
            household.causes.length > 0 && t('support.field.causes', { list: household.causes.map((code) => label('povertyCause', code)).join(', ') }),
            household.needs.length > 0 && t('support.field.needs', { list: household.needs.map((code) => label('supportNeed', code)).join(', ') }),
          ]
            .filter(Boolean)
            .join(' · ') || undefined}
        >
          <Flex gap={4} wrap>
            <SupportTypeTag value={household.supportType} />
            {household.priority && <PriorityTag />}
          </Flex>
        </Tooltip>
      ),
    },
    {
      title: t('support.field.group'),
      key: 'group',
      render: (_, household) =>
        household.groupName ?? <Typography.Text type="secondary">{t('support.group.none')}</Typography.Text>,
    },
    {
      title: t('support.plan.ofYear', { year }),
      key: 'plan',
      render: (_, household) => {
        const plan = planOf(household.householdId)
        if (plan) {
          return (
            <Link to={`/support/plans/${plan.id}`} aria-label={t('support.plan.open', { code: household.householdCode })}>
              {t('support.plan.progress', { delivered: plan.delivered, items: plan.items })}
            </Link>
          )
        }
        if (!onCreatePlan || !household.groupId) return null
        return (
          <Button
            size="small"
            icon={<PlusOutlined />}
            aria-label={t('support.createPlan.button', { code: household.householdCode })}
            onClick={() => onCreatePlan(household)}
          >
            {t('support.createPlan.short')}
          </Button>
        )
      },
    },
  ]

  return (
    <Table<Target>
      rowKey="householdId"
      size="middle"
      columns={columns}
      dataSource={households as Target[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('support.workspace.noHouseholds') }}
      data-testid="targets-table"
    />
  )
}
