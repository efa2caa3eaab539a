import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import { getHouseholdQueryOptions } from '@/features/household/api/get-household'
import { invalidateHouseholds } from '@/features/household/api/invalidate-households'
import { RecordForm } from '@/features/household/components/record-form'
import { isCollecting, useCampaign } from '@/features/review/api/get-campaign'
import { useItem } from '@/features/review/api/get-item'
import { useSurveyItem } from '@/features/review/api/survey-item'
import { campaignPeriod } from '@/features/review/utils/period'
import { canSurveyReviews } from '@/lib/authorization'
import { useStandardDefinitions } from '../households/use-standard-definitions'

/**
 * /reviews/:id/items/:itemId/survey: a reviewer's survey (phiếu rà soát) of a listed household, with
 * the household feature's record form and live preview, for the campaign's year; saved as the
 * campaign's survey. Needs canSurveyReviews (reviewers, admins).
 */
export function ReviewSurveyRoute() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { id = '', itemId = '' } = useParams()
  const currentUser = useCurrentUser()
  const campaign = useCampaign(id)
  const item = useItem(id, itemId)
  const householdId = item.data?.householdId ?? ''
  const household = useQuery({ ...getHouseholdQueryOptions(householdId), enabled: householdId !== '' })
  const communeCode = household.data?.communeCode ?? ''
  const commune = useQuery({ ...getAreaQueryOptions(communeCode), enabled: communeCode !== '' })
  const standards = useStandardDefinitions()
  const survey = useSurveyItem()

  const code = item.data?.householdCode ?? ''
  const period = campaign.data ? campaignPeriod(campaign.data, t) : ''
  const itemPath = `/reviews/${id}/items/${itemId}`
  const header = (
    <PageHeader
      title={t('review.survey.title', { code })}
      crumbs={[
        { title: t('review.list.title'), to: '/reviews' },
        { title: period || t('review.board.campaign'), to: `/reviews/${id}` },
        { title: code, to: itemPath },
        { title: t('review.item.survey') },
      ]}
    />
  )
  if (currentUser.data && !canSurveyReviews(currentUser.data)) return <Forbidden />
  const error = campaign.error ?? item.error ?? household.error ?? commune.error ?? standards.error
  if (error) {
    return (
      <>
        {header}
        <QueryError error={error} onRetry={() => void item.refetch()} />
      </>
    )
  }
  if (!campaign.data || !item.data || !household.data || commune.isPending || standards.isPending) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  if (item.data.state !== 'LISTED' || !isCollecting(campaign.data)) {
    return (
      <>
        {header}
        <Alert type="warning" showIcon title={t('review.survey.notListed')} />
      </>
    )
  }
  const areaType = commune.data?.areaType
  return (
    <>
      {header}
      <RecordForm
        household={household.data}
        areaType={areaType === 'URBAN' || areaType === 'RURAL' ? areaType : null}
        standards={standards.standards}
        definitions={standards.definitions}
        initialYear={campaign.data.year}
        yearFixed
        save={async (record) => {
          const surveyed = await survey.mutateAsync({ campaignId: id, itemId, body: { record } })
          await invalidateHouseholds(queryClient, householdId)
          void message.success(
            t('review.survey.saved', {
              class: surveyed.proposedClass ? t(`classification.class.${surveyed.proposedClass}`) : '',
            }),
          )
        }}
        onSaved={() => void navigate(itemPath)}
      />
    </>
  )
}
