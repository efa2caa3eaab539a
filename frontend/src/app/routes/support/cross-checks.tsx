import { useTranslation } from 'react-i18next'
import { SupportCrossChecks } from '@/features/support/components/support-cross-checks'
import { SupportPage } from './support-page'

/**
 * /support/cross-checks: groups inspecting each other. Officers pair groups and draw samples
 * (canOrganiseCrossChecks); the inspecting group's agencies and officers record findings.
 */
export function SupportCrossChecksRoute() {
  const { t } = useTranslation()
  return (
    <SupportPage title={t('support.crossCheck.pageTitle')} byProvince>
      {({ permissions, provinceCode }) => <SupportCrossChecks permissions={permissions} provinceCode={provinceCode} />}
    </SupportPage>
  )
}
