import { useQuery } from '@tanstack/react-query'
import { Button, Card, Descriptions, Flex, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ClassificationResult } from '@/components/classification-result'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { getHouseholdQueryOptions } from '@/features/household/api/get-household'
import { listRecordsQueryOptions } from '@/features/household/api/list-records'
import { HouseholdMembers } from '@/features/household/components/household-members'
import { HouseholdRecords } from '@/features/household/components/household-records'
import { useCampaign } from '@/features/review/api/get-campaign'
import { useItem } from '@/features/review/api/get-item'
import { ReviewItemDetail } from '@/features/review/components/review-item-detail'
import { campaignPeriod } from '@/features/review/utils/period'
import { canReadReviews } from '@/lib/authorization'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useStandardDefinitions } from '../households/use-standard-definitions'
import { reviewPermissions } from './review-pickers'

const nothing = () => {}

/**
 * /reviews/:id/items/:itemId: one household of a campaign: its review (review feature), then the
 * household as the registry knows it: the classification of the survey with its reasons, the
 * members and the class of each year (household feature, read only here).
 */
export function ReviewItemRoute() {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { id = '', itemId = '' } = useParams()
  const currentUser = useCurrentUser()
  const campaign = useCampaign(id)
  const item = useItem(id, itemId)
  const householdId = item.data?.householdId ?? ''
  const household = useQuery({ ...getHouseholdQueryOptions(householdId), enabled: householdId !== '' })
  const records = useQuery({ ...listRecordsQueryOptions(householdId), enabled: householdId !== '' })
  const standards = useStandardDefinitions()

  const period = campaign.data ? campaignPeriod(campaign.data, t) : ''
  const code = item.data?.householdCode ?? ''
  const header = (
    <PageHeader
      title={t('review.item.title', { code, period })}
      crumbs={[
        { title: t('review.list.title'), to: '/reviews' },
        { title: period || t('review.board.campaign'), to: `/reviews/${id}` },
        { title: code },
      ]}
    />
  )
  if (currentUser.data && !canReadReviews(currentUser.data)) return <Forbidden />
  const error = campaign.error ?? item.error
  if (error) {
    return (
      <>
        {header}
        <QueryError error={error} onRetry={() => void item.refetch()} />
      </>
    )
  }
  if (!campaign.data || !item.data || !currentUser.data) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  const indicatorName = (code: string) => {
    const indicator = standards.indicators.find((candidate) => candidate.code === code)
    return indicator ? localized(indicator.name, indicator.nameEn) : code
  }
  const surveyRecord = records.data?.find((record) => record.id === item.data.recordId)

  return (
    <>
      {header}
      <Flex vertical gap={16}>
        <ReviewItemDetail
          campaign={campaign.data}
          item={item.data}
          permissions={reviewPermissions(currentUser.data)}
          indicatorName={indicatorName}
        />
        {surveyRecord && (
          <ClassificationResult
            result={surveyRecord.explanation}
            definition={standards.definitions[surveyRecord.standardCode]}
            title={t('review.item.surveyRecord', { year: surveyRecord.surveyYear })}
          />
        )}
        {household.isError ? (
          <QueryError error={household.error} onRetry={() => void household.refetch()} />
        ) : !household.data ? (
          <Skeleton active />
        ) : (
          <>
            <Card
              title={t('review.item.household')}
              extra={
                <Link to={`/households/${household.data.id}`}>
                  <Button size="small">{t('review.item.openHousehold')}</Button>
                </Link>
              }
              data-testid="review-household"
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2, xl: 3 }}
                items={[
                  { key: 'code', label: t('review.item.field.householdCode'), children: household.data.code },
                  { key: 'head', label: t('review.item.field.head'), children: item.data.headName ?? '' },
                  { key: 'village', label: t('review.meeting.village'), children: household.data.villageName ?? '' },
                  { key: 'address', label: t('review.item.field.address'), children: household.data.address ?? '' },
                ]}
              />
            </Card>
            <HouseholdMembers
              household={household.data}
              canWrite={false}
              onAdd={nothing}
              onEdit={nothing}
              onLeave={nothing}
              onMove={nothing}
            />
            <HouseholdRecords householdId={household.data.id} canAdd={false} />
          </>
        )}
      </Flex>
    </>
  )
}
