import { useQuery } from '@tanstack/react-query'
import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader, type Crumb } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import type { DeadlineStatus } from '@/features/dashboard/api/get-dashboard'
import { DashboardView } from '@/features/dashboard/components/dashboard-view'
import { periodStartOf } from '@/features/reporting/utils/periods'
import { canEditHistoricalFigures, canEditTargets, canReadDashboards, canReadReporting } from '@/lib/authorization'
import { AreaPicker } from './area-picker'
import { defaultDashboardArea, mayOpenArea, NATIONAL_AREA } from './dashboard-scope'
import { useIndicatorName } from './use-indicator-name'

const AREA_PARAM = 'area'

/**
 * /dashboard: a unit's dashboard (canReadDashboards). The user's own commune or province first,
 * the country for national users; province officers drill into a commune from the picker or the
 * map. Targets and figures entered by hand are edited by the unit's officers.
 */
export function DashboardRoute() {
  const { t } = useTranslation()
  const currentUser = useCurrentUser()
  const [searchParams, setSearchParams] = useSearchParams()
  const indicatorName = useIndicatorName()
  const user = currentUser.data
  const areaCode = searchParams.get(AREA_PARAM) ?? (user ? defaultDashboardArea(user) : undefined) ?? ''
  const commune = useQuery({ ...getAreaQueryOptions(areaCode), enabled: areaCode.length === 5 })
  const provinceCode = areaCode.length === 2 ? areaCode : (commune.data?.provinceCode ?? undefined)
  const province = useQuery({ ...getAreaQueryOptions(provinceCode ?? ''), enabled: provinceCode !== undefined })

  const title = t('dashboard.title')
  if (currentUser.isError) {
    return (
      <>
        <PageHeader title={title} />
        <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />
      </>
    )
  }
  if (!user) {
    return (
      <>
        <PageHeader title={title} />
        <Skeleton active />
      </>
    )
  }
  if (!canReadDashboards(user)) return <Forbidden />

  const open = (code: string) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params)
      if (code === defaultDashboardArea(user)) next.delete(AREA_PARAM)
      else next.set(AREA_PARAM, code)
      return next
    })
  const crumbs: Crumb[] = []
  const to = (code: string) => (code === defaultDashboardArea(user) ? '/dashboard' : `/dashboard?${AREA_PARAM}=${code}`)
  if (user.national && areaCode !== NATIONAL_AREA) crumbs.push({ title: t('dashboard.picker.national'), to: to(NATIONAL_AREA) })
  if (areaCode.length === 5 && provinceCode && mayOpenArea(user, provinceCode)) {
    crumbs.push({ title: province.data?.fullName ?? provinceCode, to: to(provinceCode) })
  }
  if (crumbs.length > 0) crumbs.push({ title: commune.data?.fullName ?? province.data?.fullName ?? areaCode })

  const unit = { code: areaCode, provinceCode }
  const timelinessHref = canReadReporting(user)
    ? (deadline: DeadlineStatus) => {
        const start = periodStartOf(deadline.periodLabel)
        if (!start) return undefined
        const params = new URLSearchParams({ obligation: deadline.obligationCode, period: start })
        if (areaCode !== NATIONAL_AREA) params.set('area', areaCode)
        return `/reporting/timeliness?${params.toString()}`
      }
    : undefined
  // From the map: a province's commune, or the country's province, within the user's jurisdiction.
  const drill =
    areaCode.length === 5
      ? undefined
      : (code: string) => {
          if (mayOpenArea(user, code, areaCode === NATIONAL_AREA ? code : areaCode)) open(code)
        }

  return (
    <>
      <PageHeader
        title={title}
        crumbs={crumbs}
        extra={
          <div style={{ marginTop: 8 }}>
            <AreaPicker user={user} areaCode={areaCode} provinceCode={provinceCode} onChange={open} national />
          </div>
        }
      />
      {areaCode === '' ? (
        <Forbidden />
      ) : (
        <DashboardView
          key={areaCode}
          areaCode={areaCode}
          canEditTargets={canEditTargets(user, unit)}
          canEditFigures={canEditHistoricalFigures(user, unit)}
          indicatorName={indicatorName}
          onOpenArea={drill}
          timelinessHref={timelinessHref}
        />
      )}
    </>
  )
}
