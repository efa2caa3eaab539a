import { useTranslation } from 'react-i18next'
import { SupportWorkspace } from '@/features/support/components/support-workspace'
import { SupportPage } from './support-page'
import { defaultCommuneCode, SupportCommuneSelect, useIndicatorName } from './support-scope'

/**
 * /support: the agency workspace, the landing page of helping agencies (their groups' households,
 * overdue visits, plans to deliver); officers choose a commune and a group. Needs canReadSupport.
 */
export function SupportWorkspaceRoute() {
  const { t } = useTranslation()
  const indicatorName = useIndicatorName()
  return (
    <SupportPage title={t('support.workspace.title')}>
      {({ user, permissions }) => (
        <SupportWorkspace
          permissions={permissions}
          CommuneSelect={SupportCommuneSelect}
          defaultCommuneCode={defaultCommuneCode(user)}
          indicatorName={indicatorName}
        />
      )}
    </SupportPage>
  )
}
