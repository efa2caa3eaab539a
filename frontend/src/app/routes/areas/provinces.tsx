import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/page-header'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { MyAreasCard } from '@/features/area/components/my-areas-card'
import { ProvinceList } from '@/features/area/components/province-list'

/** /areas: every signed-in user may browse the administrative units. */
export function ProvincesRoute() {
  const { t } = useTranslation()
  const currentUser = useCurrentUser()
  return (
    <>
      <PageHeader title={t('area.provinces.title')} />
      {currentUser.data && !currentUser.data.national && <MyAreasCard areas={currentUser.data.areas} />}
      <ProvinceList />
    </>
  )
}
