import { useTranslation } from 'react-i18next'
import { Navigate, useParams } from 'react-router'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useArea } from '@/features/area/api/get-area'
import { CommuneList } from '@/features/area/components/commune-list'

/** /areas/:provinceCode: the communes of one province. */
export function CommunesRoute() {
  const { t } = useTranslation()
  const { provinceCode = '' } = useParams()
  const province = useArea(provinceCode)

  if (province.isError) return <QueryError error={province.error} onRetry={() => void province.refetch()} />
  // A commune code in the province slot (a hand-typed URL): show that commune instead.
  if (province.data?.level === 'COMMUNE') return <Navigate replace to={`/communes/${provinceCode}`} />

  return (
    <>
      <PageHeader
        title={province.data?.fullName ?? provinceCode}
        crumbs={[{ title: t('area.provinces.title'), to: '/areas' }, { title: province.data?.name ?? provinceCode }]}
      />
      <CommuneList key={provinceCode} provinceCode={provinceCode} />
    </>
  )
}
