import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { HouseholdList } from '@/features/household/components/household-list'
import { canReadHouseholds, canWriteHouseholds } from '@/lib/authorization'
import { defaultCommuneCode, householdAreaPickers } from './area-pickers'
import { useStandardDefinitions } from './use-standard-definitions'

/**
 * /households: the registry of the user's jurisdiction. Needs canReadHouseholds (every role but
 * helping agencies); registering a household needs canWriteHouseholds.
 */
export function HouseholdsRoute() {
  const { t } = useTranslation()
  const currentUser = useCurrentUser()
  const standards = useStandardDefinitions()
  const header = <PageHeader title={t('household.list.title')} />

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
  if (!canReadHouseholds(currentUser.data)) return <Forbidden />
  return (
    <>
      {header}
      <HouseholdList
        {...householdAreaPickers}
        defaultCommuneCode={defaultCommuneCode(currentUser.data)}
        indicators={standards.indicators}
        canCreate={canWriteHouseholds(currentUser.data)}
      />
    </>
  )
}
