import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { ClassificationWorkspace } from '@/features/classification/components/classification-workspace'
import { useStandardList } from '@/features/standard/api/get-standard'
import { useStandards } from '@/features/standard/api/list-standards'
import { canManageStandards } from '@/lib/authorization'

/**
 * /classification: every signed-in user may classify a household typed by hand. The standards
 * (and their definitions: indicators and names) come from the standard feature; drafts are
 * offered to administrators only, as the server allows.
 */
export function ClassificationRoute() {
  const { t } = useTranslation()
  const currentUser = useCurrentUser()
  const standards = useStandards()
  const mayUseDrafts = canManageStandards(currentUser.data)
  const usable = (standards.data ?? []).filter((standard) => standard.status !== 'DRAFT' || mayUseDrafts)
  const details = useStandardList(usable.map((standard) => standard.code))

  const header = <PageHeader title={t('classification.title')} />
  if (standards.isError) {
    return (
      <>
        {header}
        <QueryError error={standards.error} onRetry={() => void standards.refetch()} />
      </>
    )
  }
  if (standards.isPending || (details.isPending && details.standards.length === 0)) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  const definitions = Object.fromEntries(details.standards.map((standard) => [standard.code, standard.definition]))
  return (
    <>
      {header}
      {details.error && <QueryError error={details.error} />}
      <ClassificationWorkspace standards={usable} definitions={definitions} />
    </>
  )
}
