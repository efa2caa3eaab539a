import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { CampaignList } from '@/features/review/components/campaign-list'
import { canReadReviews, canRunReviews } from '@/lib/authorization'
import { defaultCommuneCode } from '../households/area-pickers'
import { ReviewCommuneSelect } from './review-pickers'

/**
 * /reviews: the review campaigns of the user's jurisdiction. Needs canReadReviews (every role but
 * helping agencies); opening a campaign needs canRunReviews.
 */
export function ReviewsRoute() {
  const { t } = useTranslation()
  const currentUser = useCurrentUser()
  const header = <PageHeader title={t('review.list.title')} />

  if (currentUser.isError) {
    return (
      <>
        {header}
        <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />
      </>
    )
  }
  if (!currentUser.data) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  if (!canReadReviews(currentUser.data)) return <Forbidden />
  return (
    <>
      {header}
      <CampaignList
        CommuneSelect={ReviewCommuneSelect}
        defaultCommuneCode={defaultCommuneCode(currentUser.data)}
        canCreate={canRunReviews(currentUser.data)}
      />
    </>
  )
}
