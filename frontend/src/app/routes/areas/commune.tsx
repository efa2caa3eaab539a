import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Navigate, useParams } from 'react-router'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { useArea } from '@/features/area/api/get-area'
import { CommuneDetail } from '@/features/area/components/commune-detail'
import { VillageTable } from '@/features/area/components/village-table'
import { canEditVillages } from '@/lib/authorization'

/**
 * /areas/:provinceCode/communes/:communeCode: a commune and its villages. Anyone signed in may
 * read; editing villages needs canEditVillages (admin, province officer, commune officer/chair).
 */
export function CommuneRoute() {
  const { t } = useTranslation()
  const { provinceCode = '', communeCode = '' } = useParams()
  const commune = useArea(communeCode)
  const currentUser = useCurrentUser()

  if (commune.isError) return <QueryError error={commune.error} onRetry={() => void commune.refetch()} />
  if (!commune.data) return <Skeleton active />

  const area = commune.data
  const actualProvince = area.provinceCode ?? provinceCode
  if (actualProvince !== provinceCode) {
    return <Navigate replace to={`/areas/${actualProvince}/communes/${area.code}`} />
  }

  return (
    <>
      <PageHeader
        title={area.fullName}
        crumbs={[
          { title: t('area.provinces.title'), to: '/areas' },
          { title: area.provinceName ?? provinceCode, to: `/areas/${provinceCode}` },
          { title: area.name },
        ]}
      />
      <CommuneDetail area={area} />
      <VillageTable
        communeCode={area.code}
        canEdit={canEditVillages(currentUser.data, { code: area.code, provinceCode: actualProvince })}
        defaultKind={area.unitType === 'WARD' ? 'RESIDENTIAL_GROUP' : 'VILLAGE'}
      />
    </>
  )
}

/** /communes/:communeCode: finds the commune's province and goes to its page. */
export function CommuneRedirectRoute() {
  const { communeCode = '' } = useParams()
  const commune = useArea(communeCode)
  if (commune.isError) return <QueryError error={commune.error} onRetry={() => void commune.refetch()} />
  if (!commune.data) return <Skeleton active />
  const provinceCode = commune.data.provinceCode
  return <Navigate replace to={provinceCode ? `/areas/${provinceCode}/communes/${communeCode}` : `/areas/${communeCode}`} />
}
