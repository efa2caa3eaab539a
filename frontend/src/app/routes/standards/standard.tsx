import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { useStandard } from '@/features/standard/api/get-standard'
import { useIndicatorTypes } from '@/features/standard/api/list-indicator-types'
import { StandardDetail } from '@/features/standard/components/standard-detail'
import { canManageStandards } from '@/lib/authorization'
import { useLocalized } from '@/lib/i18n/use-localized'

/**
 * /standards/:code: anyone signed in may read a standard; administrators (canManageStandards)
 * copy, edit, validate, publish, retire and delete.
 */
export function StandardRoute() {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { code = '' } = useParams()
  const standard = useStandard(code)
  const catalogue = useIndicatorTypes()
  const currentUser = useCurrentUser()

  const crumbs = [{ title: t('standard.list.title'), to: '/standards' }, { title: code }]
  if (standard.isError) {
    return (
      <>
        <PageHeader title={code} crumbs={crumbs} />
        <QueryError error={standard.error} onRetry={() => void standard.refetch()} />
      </>
    )
  }
  if (!standard.data || catalogue.isPending) {
    return (
      <>
        <PageHeader title={code} crumbs={crumbs} />
        <Skeleton active />
      </>
    )
  }
  const definition = standard.data.definition
  return (
    <>
      <PageHeader title={`${code} · ${localized(definition.name, definition.nameEn)}`} crumbs={crumbs} />
      {catalogue.isError && <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      <StandardDetail
        key={code}
        standard={standard.data}
        catalogue={catalogue.data ?? []}
        canManage={canManageStandards(currentUser.data)}
        onReload={() => void standard.refetch()}
      />
    </>
  )
}
