import { useQuery } from '@tanstack/react-query'
import { Alert, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import { useHousehold } from '@/features/household/api/get-household'
import { RecordForm } from '@/features/household/components/record-form'
import { canWriteRecords } from '@/lib/authorization'
import { useStandardDefinitions } from './use-standard-definitions'

/**
 * /households/:id/records/new: a yearly review of the household, with a live preview of its class.
 * Needs canWriteRecords (the household writers, and reviewers). The commune's area type (urban or
 * rural) comes from the area feature, the standards of each year from the standard feature.
 */
export function NewRecordRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = '' } = useParams()
  const currentUser = useCurrentUser()
  const household = useHousehold(id)
  const communeCode = household.data?.communeCode ?? ''
  const commune = useQuery({ ...getAreaQueryOptions(communeCode), enabled: communeCode !== '' })
  const standards = useStandardDefinitions()

  const code = household.data?.code ?? ''
  const header = (
    <PageHeader
      title={t('household.record.title', { code })}
      crumbs={[
        { title: t('household.list.title'), to: '/households' },
        { title: code, to: `/households/${id}` },
        { title: t('household.records.add') },
      ]}
    />
  )
  const error = household.error ?? commune.error ?? standards.error
  if (error) {
    return (
      <>
        {header}
        <QueryError error={error} onRetry={() => void household.refetch()} />
      </>
    )
  }
  if (!household.data || !currentUser.data || commune.isPending || standards.isPending) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  const place = { communeCode: household.data.communeCode, provinceCode: household.data.provinceCode }
  if (!canWriteRecords(currentUser.data, place)) return <Forbidden />
  return (
    <>
      {header}
      {household.data.status === 'CLOSED' ? (
        <Alert type="warning" showIcon title={t('errors.household.closed')} />
      ) : (
        <RecordForm
          household={household.data}
          areaType={commune.data?.areaType === 'URBAN' || commune.data?.areaType === 'RURAL' ? commune.data.areaType : null}
          standards={standards.standards}
          definitions={standards.definitions}
          onSaved={() => void navigate(`/households/${id}`)}
        />
      )}
    </>
  )
}
