import { useTranslation } from 'react-i18next'
import { SupportReports } from '@/features/support/components/support-reports'
import { SupportPage } from './support-page'
import { defaultCommuneCode, SupportCommuneSelect, useIndicatorName } from './support-scope'

/**
 * /support/reports: a group's or an agency's year (a helping agency's user: its own), and what
 * support changed in a commune (canReadSupportEffect).
 */
export function SupportReportsRoute() {
  const { t } = useTranslation()
  const indicatorName = useIndicatorName()
  return (
    <SupportPage title={t('support.report.pageTitle')} byProvince>
      {({ user, permissions, provinceCode }) => (
        <SupportReports
          permissions={permissions}
          provinceCode={provinceCode}
          username={user.username}
          CommuneSelect={SupportCommuneSelect}
          defaultAreaCode={defaultCommuneCode(user)}
          indicatorName={indicatorName}
        />
      )}
    </SupportPage>
  )
}
