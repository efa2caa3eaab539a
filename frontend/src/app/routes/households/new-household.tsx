import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { CreateHouseholdForm } from '@/features/household/components/create-household-form'
import { canWriteHouseholds } from '@/lib/authorization'
import { defaultCommuneCode, householdAreaPickers } from './area-pickers'

/** /households/new: registering a household needs canWriteHouseholds (officers, chairs, admins). */
export function NewHouseholdRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const currentUser = useCurrentUser()
  const header = (
    <PageHeader
      title={t('household.create.title')}
      crumbs={[{ title: t('household.list.title'), to: '/households' }, { title: t('household.create.title') }]}
    />
  )

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
  if (!canWriteHouseholds(currentUser.data)) return <Forbidden />
  return (
    <>
      {header}
      <CreateHouseholdForm
        {...householdAreaPickers}
        defaultCommuneCode={defaultCommuneCode(currentUser.data)}
        onCreated={(household) => void navigate(`/households/${household.id}`)}
      />
    </>
  )
}
