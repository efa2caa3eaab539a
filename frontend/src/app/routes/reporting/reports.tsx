import { useQuery } from '@tanstack/react-query'
import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import { ReportsWorkspace } from '@/features/reporting/components/reports-workspace'
import { canReadReports } from '@/lib/authorization'
import { AreaPicker } from '../dashboard/area-picker'
import { useIndicatorName } from '../dashboard/use-indicator-name'
import { defaultReportArea } from './reporting-scope'

/**
 * /reports?area=&year=&kind=&tab=&table=: the statutory reports of a commune or province
 * (canReadReports): movement of poor and near-poor households, the statutory tables and the detailed
 * household list (each with its XLSX and CSV), Alkire–Foster, transitions.
 */
export function ReportsRoute() {
  const { t } = useTranslation()
  const currentUser = useCurrentUser()
  const indicatorName = useIndicatorName()
  const [params, setParams] = useSearchParams()
  const user = currentUser.data
  const areaCode = params.get('area') ?? (user ? defaultReportArea(user) : undefined)
  const commune = useQuery({ ...getAreaQueryOptions(areaCode ?? ''), enabled: areaCode?.length === 5 })
  const title = t('reporting.reports.title')
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
  if (!canReadReports(user)) return <Forbidden />
  const provinceCode = areaCode?.length === 2 ? areaCode : (commune.data?.provinceCode ?? undefined)
  const setArea = (code: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (code === defaultReportArea(user)) next.delete('area')
      else next.set('area', code)
      return next
    })
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <div style={{ marginTop: 8 }}>
            <AreaPicker user={user} areaCode={areaCode ?? ''} provinceCode={provinceCode} onChange={setArea} />
          </div>
        }
      />
      <ReportsWorkspace areaCode={areaCode} indicatorName={indicatorName} />
    </>
  )
}
