import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { ObligationTable } from '@/features/reporting/components/obligation-table'
import { canEditObligation, canManageObligations, obligationProvinceOf } from '@/lib/authorization'
import { ReportingPage } from './reporting-page'

/**
 * /reporting/obligations: the reporting obligations with their periods, due rules, owners, recipients
 * and reminders, for every reader of reporting; the national administrator adds and changes them, a
 * province officer the local ones of their province (canManageObligations, canEditObligation).
 */
export function ObligationsRoute() {
  const { t } = useTranslation()
  return (
    <ReportingPage title={t('reporting.obligations.title')} tabs>
      {(user) => (
        <Card size="small">
          <ObligationTable
            canAdd={canManageObligations(user)}
            canEdit={(obligation) => canEditObligation(user, obligation)}
            fixedProvince={obligationProvinceOf(user)}
          />
        </Card>
      )}
    </ReportingPage>
  )
}
