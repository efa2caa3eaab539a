import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { QueryError } from '@/components/query-error'
import { useGroup } from '@/features/support/api/get-group'
import { usePlan } from '@/features/support/api/get-plan'
import { useKinds } from '@/features/support/api/list-kinds'
import { PlanEditor } from '@/features/support/components/plan-editor'
import { canReadHouseholds } from '@/lib/authorization'
import { SupportPage } from './support-page'
import { useIndicatorName } from './support-scope'

/**
 * /support/plans/:id: a household's plan for a year. Those who may read support work see it (the
 * server answers 404 outside their groups or jurisdiction); canWriteSupportPlans changes it. The
 * catalogue comes with the policy of the group's province.
 */
export function SupportPlanRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const plan = usePlan(id)
  const group = useGroup(plan.data?.group.id)
  const kinds = useKinds(group.data?.provinceCode, { enabled: group.isSuccess })
  const indicatorName = useIndicatorName()
  const title = plan.data ? t('support.plan.title', { code: plan.data.householdCode, year: plan.data.year }) : t('support.plan.titleLoading')
  return (
    <SupportPage title={title} crumbs={[{ title: t('support.workspace.title'), to: '/support' }, { title }]}>
      {({ user, permissions }) => {
        const error = plan.error ?? group.error ?? kinds.error
        if (error) return <QueryError error={error} onRetry={() => void plan.refetch()} />
        if (!plan.data || !kinds.data) return <Skeleton active />
        const household = `${plan.data.householdCode}${plan.data.headName ? ` – ${plan.data.headName}` : ''}`
        return (
          <PlanEditor
            key={plan.data.id}
            plan={plan.data}
            kinds={kinds.data}
            group={group.data}
            canWrite={permissions.writePlans}
            agencyUser={permissions.agencyUser}
            indicatorName={indicatorName}
            visitorName={user.name}
            household={canReadHouseholds(user) ? <Link to={`/households/${plan.data.householdId}`}>{household}</Link> : household}
          />
        )
      }}
    </SupportPage>
  )
}
