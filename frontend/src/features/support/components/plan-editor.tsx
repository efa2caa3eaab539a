import { Card, Descriptions, Flex, Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatMoney } from '@/lib/format'
import type { Plan } from '../api/get-plan'
import type { HelpGroup } from '../api/list-groups'
import type { SupportKind } from '../api/list-kinds'
import { CommitmentPanel } from './commitment-panel'
import { PlanItems } from './plan-items'
import { SupportTypeTag } from './support-tags'
import { VisitLog } from './visit-log'

interface PlanEditorProps {
  plan: Plan
  /** The catalogue with the province's policy (discouraged kinds). */
  kinds: readonly SupportKind[]
  /** The plan's group: its agencies, for an officer to choose who gives an item. */
  group?: HelpGroup
  /** Whether the user changes plans (see canWriteSupportPlans). */
  canWrite: boolean
  /** Whether the user works for a helping agency (who gives an item is then their own agency). */
  agencyUser: boolean
  indicatorName: (code: string) => string
  /** The name the visit form proposes (the signed-in user's). */
  visitorName?: string
  /** The household, linked to its registry page for those who may open it. */
  household?: ReactNode
}

/**
 * A household's support plan for a year: the header, the items (from the catalogue, with their
 * warnings; delivered only after the commitment), the commitment and the monthly visits.
 */
export function PlanEditor({ plan, kinds, group, canWrite, agencyUser, indicatorName, visitorName, household }: PlanEditorProps) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={16} data-testid="plan-editor">
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          data-testid="plan-header"
          items={[
            {
              key: 'household',
              label: t('support.field.household'),
              children: household ?? `${plan.householdCode}${plan.headName ? ` – ${plan.headName}` : ''}`,
            },
            { key: 'group', label: t('support.field.group'), children: plan.group.name },
            { key: 'year', label: t('support.plan.year'), children: plan.year },
            { key: 'escapeYear', label: t('support.plan.escapeYear'), children: plan.escapeYear },
            { key: 'supportType', label: t('support.field.supportType'), children: <SupportTypeTag value={plan.supportType} /> },
            {
              key: 'value',
              label: t('support.plan.value'),
              children: t('support.plan.valueDelivered', {
                delivered: formatMoney(plan.deliveredValueVnd),
                planned: formatMoney(plan.plannedValueVnd),
              }),
            },
            {
              key: 'lastVisit',
              label: t('support.plan.lastVisit'),
              children: (
                <Flex gap={8} align="center">
                  {plan.lastVisitOn ? formatDate(plan.lastVisitOn) : t('support.visit.never')}
                  {plan.visitOverdue && <Tag color="red">{t('support.visit.overdueTag')}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'commitment',
              label: t('support.commitment.title'),
              children: plan.commitment ? (
                <Tag color="green">{t('support.commitment.signedTag', { date: formatDate(plan.commitment.signedOn) })}</Tag>
              ) : (
                <Tag color="orange">{t('support.commitment.missingTag')}</Tag>
              ),
            },
          ]}
        />
      </Card>
      <PlanItems
        plan={plan}
        kinds={kinds}
        group={agencyUser ? undefined : group}
        canWrite={canWrite}
        indicatorName={indicatorName}
      />
      <CommitmentPanel plan={plan} canWrite={canWrite} />
      <VisitLog plan={plan} canWrite={canWrite} visitorName={visitorName} />
    </Flex>
  )
}
