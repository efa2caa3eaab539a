import { useQuery } from '@tanstack/react-query'
import { Flex, Skeleton, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { Forbidden } from '@/components/forbidden'
import { PageHeader } from '@/components/page-header'
import { QueryError } from '@/components/query-error'
import { useCurrentUser, type CurrentUser } from '@/features/account/api/get-current-user'
import { getAreaQueryOptions } from '@/features/area/api/get-area'
import { ImportWorkspace } from '@/features/imports/components/import-workspace'
import { canReadImports, canWriteImports } from '@/lib/authorization'
import { AreaPicker } from '../dashboard/area-picker'
import { defaultReportArea } from '../reporting/reporting-scope'

/** Whether the user has a single commune and nothing to choose (the picker shows nothing then). */
function singleCommune(user: CurrentUser) {
  const communes = user.areas.filter((area) => area.level === 'COMMUNE')
  return !user.national && communes.length === 1 && !user.areas.some((area) => area.level === 'PROVINCE')
    ? communes[0]
    : undefined
}

/**
 * /imports?area= and /imports/:id?area=: household lists from Excel or CSV files for a commune or a province
 * (canReadImports: the importing roles and auditors). The templates, the upload, the commit and the cancel
 * need canWriteImports. A commune officer imports for their commune; a province officer for the province or
 * one of its communes; the area is kept in the URL, and so is the import open on the page.
 */
export function ImportsRoute() {
  const { t } = useTranslation()
  const { id } = useParams()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const currentUser = useCurrentUser()
  const user = currentUser.data
  const chosen = params.get('area')
  const areaCode = chosen && /^(\d{2}|\d{5})$/.test(chosen) ? chosen : user ? defaultReportArea(user) : undefined
  const commune = useQuery({ ...getAreaQueryOptions(areaCode ?? ''), enabled: areaCode?.length === 5 })
  const title = t('imports.title')

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
  if (!canReadImports(user)) return <Forbidden />

  const provinceCode = areaCode?.length === 2 ? areaCode : (commune.data?.provinceCode ?? undefined)
  const search = params.toString() ? `?${params.toString()}` : ''
  const jobPath = (jobId: string) => `/imports/${jobId}${search}`
  const setArea = (code: string) => {
    const next = new URLSearchParams(params)
    if (code === defaultReportArea(user)) next.delete('area')
    else next.set('area', code)
    // Another area: the import open belongs to the one before.
    void navigate({ pathname: '/imports', search: next.toString() ? `?${next.toString()}` : '' })
  }
  const own = singleCommune(user)
  // A province officer's province, named beside its communes' picker ("Toàn tỉnh" is the province itself).
  const provinces = user.areas.filter((area) => area.level === 'PROVINCE')
  const ownProvince = !user.national && provinces.length === 1 ? provinces[0] : undefined

  return (
    <>
      <PageHeader
        title={title}
        extra={
          <Flex gap={8} align="center" wrap style={{ marginTop: 8 }} data-testid="import-area">
            <Typography.Text type="secondary">{t('imports.area')}</Typography.Text>
            {own ? (
              <Typography.Text strong>{own.fullName}</Typography.Text>
            ) : (
              <>
                {ownProvince && <Typography.Text strong>{ownProvince.fullName}</Typography.Text>}
                <AreaPicker user={user} areaCode={areaCode ?? ''} provinceCode={provinceCode} onChange={setArea} />
              </>
            )}
          </Flex>
        }
      />
      <ImportWorkspace
        areaCode={areaCode}
        jobId={id}
        canUpload={areaCode !== undefined && canWriteImports(user, { code: areaCode, provinceCode })}
        canCommit={canWriteImports(user)}
        jobPath={jobPath}
        onUploaded={(job) => void navigate(jobPath(job.id))}
      />
    </>
  )
}
