import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/page-header'
import { StandardList } from '@/features/standard/components/standard-list'

/** /standards: every signed-in user may read the poverty standards. */
export function StandardsRoute() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('standard.list.title')} />
      <StandardList />
    </>
  )
}
