import { Segmented, Skeleton } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader, type Crumb } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser, type CurrentUser } from '@/features/account/api/get-current-user'
import { canReadReporting } from '@/lib/authorization'
import { canReadTimeliness } from './reporting-scope'

interface ReportingPageProps {
  title: string
  crumbs?: Crumb[]
  /** Whether the page is one of the tabs (submissions, timeliness for those who read it, obligations). */
  tabs?: boolean
  /** Who may open the page besides canReadReporting. */
  allowed?: (user: CurrentUser) => boolean
  children: (user: CurrentUser) => ReactNode
}

/** A reporting page: its header (and tabs), once the user is known; others see "forbidden". */
export function ReportingPage({ title, crumbs, tabs = false, allowed, children }: ReportingPageProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const currentUser = useCurrentUser()
  const user = currentUser.data
  if (currentUser.isError) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />
      </>
    )
  }
  if (!user) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Skeleton active />
      </>
    )
  }
  if (!canReadReporting(user) || (allowed && !allowed(user))) return <Forbidden />
  const tabOptions = [
    { value: '/reporting', label: t('reporting.nav.submissions') },
    ...(canReadTimeliness(user) ? [{ value: '/reporting/timeliness', label: t('reporting.nav.timeliness') }] : []),
    { value: '/reporting/obligations', label: t('reporting.nav.obligationList') },
  ]
  return (
    <>
      <PageHeader
        title={title}
        crumbs={crumbs}
        extra={
          tabs && (
            <Segmented
              style={{ marginTop: 12 }}
              value={tabOptions.find((tab) => tab.value !== '/reporting' && location.pathname.startsWith(tab.value))?.value ?? '/reporting'}
              onChange={(path) => void navigate(path)}
              options={tabOptions}
            />
          )
        }
      />
      {children(user)}
    </>
  )
}
