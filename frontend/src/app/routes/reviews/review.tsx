import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { useCampaign } from '@/features/review/api/get-campaign'
import { CampaignBoard } from '@/features/review/components/campaign-board'
import { campaignPeriod } from '@/features/review/utils/period'
import { canReadReviews } from '@/lib/authorization'
import { ReviewHouseholdSelect, reviewPermissions } from './review-pickers'

/**
 * /reviews/:id: a campaign's board. Anyone who may read reviews sees a campaign of their
 * jurisdiction (others get 404); each step's form shows to the role that performs it.
 */
export function ReviewRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const currentUser = useCurrentUser()
  const campaign = useCampaign(id)

  const title = campaign.data ? t('review.board.title', { period: campaignPeriod(campaign.data, t), commune: campaign.data.communeName }) : t('review.list.title')
  const header = <PageHeader title={title} crumbs={[{ title: t('review.list.title'), to: '/reviews' }, { title }]} />
  if (currentUser.data && !canReadReviews(currentUser.data)) return <Forbidden />
  const error = campaign.error ?? currentUser.error
  if (error) {
    return (
      <>
        {header}
        <QueryError error={error} onRetry={() => void campaign.refetch()} />
      </>
    )
  }
  if (!campaign.data || !currentUser.data) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  return (
    <>
      {header}
      <CampaignBoard campaign={campaign.data} permissions={reviewPermissions(currentUser.data)} HouseholdSelect={ReviewHouseholdSelect} />
    </>
  )
}
