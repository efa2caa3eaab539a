import { useTranslation } from 'react-i18next'
import { SupportGroups } from '@/features/support/components/support-groups'
import { SupportPage } from './support-page'
import { defaultCommuneCode, SupportCommuneSelect, useIndicatorName } from './support-scope'

/**
 * /support/groups: help groups of the province (a helping agency's user: its own groups). Province
 * officers manage agencies, groups, leads and the policy (canManageSupportGroups); officers assign
 * households (canAssignSupportHouseholds).
 */
export function SupportGroupsRoute() {
  const { t } = useTranslation()
  const indicatorName = useIndicatorName()
  return (
    <SupportPage title={t('support.group.pageTitle')} byProvince>
      {({ user, permissions, provinceCode }) => (
        <SupportGroups
          permissions={permissions}
          provinceCode={provinceCode}
          CommuneSelect={SupportCommuneSelect}
          defaultCommuneCode={defaultCommuneCode(user)}
          indicatorName={indicatorName}
        />
      )}
    </SupportPage>
  )
}
