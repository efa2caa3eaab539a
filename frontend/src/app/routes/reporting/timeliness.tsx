import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import { TimelinessView } from '@/features/reporting/components/timeliness-view'
import { AreaPicker } from '../dashboard/area-picker'
import { NATIONAL_AREA } from '../dashboard/dashboard-scope'
import { ReportingPage } from './reporting-page'
import { canReadTimeliness, defaultReportArea } from './reporting-scope'

/**
 * /reporting/timeliness?obligation=&period=&area=: how an obligation's period stands across units
 * (canReadTimeliness). Province officers see their communes, national users the provinces (or one
 * province's communes), a commune officer their own commune.
 */
export function TimelinessRoute() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const chosen = params.get('area') ?? undefined
  const commune = useQuery({ ...getAreaQueryOptions(chosen ?? ''), enabled: chosen?.length === 5 })
  return (
    <ReportingPage title={t('reporting.timeliness.title')} tabs allowed={canReadTimeliness}>
      {(user) => {
        const areaCode = chosen ?? defaultReportArea(user)
        const provinceCode = areaCode?.length === 2 ? areaCode : (commune.data?.provinceCode ?? undefined)
        const setArea = (code: string) =>
          setParams((current) => {
            const next = new URLSearchParams(current)
            if (code === NATIONAL_AREA || code === defaultReportArea(user)) next.delete('area')
            else next.set('area', code)
            return next
          })
        return (
          <TimelinessView
            areaCode={areaCode}
            areaPicker={
              <AreaPicker user={user} areaCode={areaCode ?? NATIONAL_AREA} provinceCode={provinceCode} onChange={setArea} national />
            }
          />
        )
      }}
    </ReportingPage>
  )
}
