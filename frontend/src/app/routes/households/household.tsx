import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import { listVillagesQueryOptions } from '@/features/area/api/list-villages'
import { VillageSelect } from '@/features/area/components/village-select'
import { useHousehold } from '@/features/household/api/get-household'
import { HouseholdDetail } from '@/features/household/components/household-detail'
import { canReadHouseholds, canWriteHouseholds, canWriteRecords } from '@/lib/authorization'
import { useStandardDefinitions } from './use-standard-definitions'

/**
 * /households/:id: anyone who may read the registry sees a household of their jurisdiction (others
 * get 404); canWriteHouseholds changes it and its members, canWriteRecords adds yearly records.
 */
export function HouseholdRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const currentUser = useCurrentUser()
  const household = useHousehold(id)
  const communeCode = household.data?.communeCode ?? ''
  const commune = useQuery({ ...getAreaQueryOptions(communeCode), enabled: communeCode !== '' })
  const villages = useInfiniteQuery({ ...listVillagesQueryOptions(communeCode), enabled: communeCode !== '' })
  const standards = useStandardDefinitions()

  const title = household.data?.code ?? t('household.list.title')
  const header = (
    <PageHeader title={title} crumbs={[{ title: t('household.list.title'), to: '/households' }, { title }]} />
  )
  if (currentUser.data && !canReadHouseholds(currentUser.data)) return <Forbidden />
  if (household.isError) {
    return (
      <>
        {header}
        <QueryError error={household.error} onRetry={() => void household.refetch()} />
      </>
    )
  }
  if (!household.data || !currentUser.data) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  const place = { communeCode: household.data.communeCode, provinceCode: household.data.provinceCode }
  const villageNames = villages.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      {header}
      <HouseholdDetail
        key={household.data.id}
        household={household.data}
        communeName={commune.data?.fullName}
        canWrite={canWriteHouseholds(currentUser.data, place)}
        canWriteRecords={canWriteRecords(currentUser.data, place)}
        VillageSelect={VillageSelect}
        indicators={standards.indicators}
        villageName={(villageId) => villageNames.find((village) => village.id === villageId)?.name}
      />
    </>
  )
}
