import { Select, Skeleton } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Forbidden } from '@/components/forbidden'
import { PageHeader, type Crumb } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser, type CurrentUser } from '@/features/account/api/get-current-user'
import { useProvinces } from '@/features/area/api/list-provinces'
import { SupportNav } from '@/features/support/components/support-nav'
import type { SupportPermissions } from '@/features/support/utils/permissions'
import { canReadSupport } from '@/lib/authorization'
import { provinceOf, supportPermissions } from './support-scope'

/** A national user's choice of province for the group, cross-check and report pages. */
function ProvincePicker({ value, onChange }: { value?: string; onChange: (code: string) => void }) {
  const { t } = useTranslation()
  const provinces = useProvinces()
  return (
    <Select
      id="support-province"
      aria-label={t('support.filter.province')}
      placeholder={t('support.filter.province')}
      value={value}
      onChange={onChange}
      loading={provinces.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(provinces.data ?? []).map((province) => ({ value: province.code, label: province.fullName }))}
      style={{ minWidth: 260, marginTop: 8 }}
    />
  )
}

export interface SupportScope {
  user: CurrentUser
  permissions: SupportPermissions
  /** The province of the group, cross-check and report pages; absent for a helping agency's user. */
  provinceCode?: string
}

interface SupportPageProps {
  title: string
  crumbs?: Crumb[]
  /** Whether the page shows a province's data (national users then choose the province). */
  byProvince?: boolean
  children: (scope: SupportScope) => ReactNode
}

/**
 * A support page: its header and the support sub-navigation, once the user is known; anyone who may
 * read support work (canReadSupport) gets in, the rest see "forbidden".
 */
export function SupportPage({ title, crumbs, byProvince = false, children }: SupportPageProps) {
  const currentUser = useCurrentUser()
  const [chosenProvince, setChosenProvince] = useState<string>()
  const user = currentUser.data
  const header = <PageHeader title={title} crumbs={crumbs} />
  if (currentUser.isError) {
    return (
      <>
        {header}
        <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />
      </>
    )
  }
  if (!user) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    )
  }
  if (!canReadSupport(user)) return <Forbidden />
  const permissions = supportPermissions(user)
  const national = byProvince && user.national && !permissions.agencyUser
  const provinceCode = permissions.agencyUser ? undefined : (provinceOf(user) ?? chosenProvince)
  return (
    <>
      <PageHeader
        title={title}
        crumbs={crumbs}
        extra={national && <ProvincePicker value={chosenProvince} onChange={setChosenProvince} />}
      />
      <SupportNav />
      {children({ user, permissions, provinceCode })}
    </>
  )
}
