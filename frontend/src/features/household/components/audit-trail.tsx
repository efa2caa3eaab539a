import { useTranslation } from 'react-i18next'
import { AuditTable } from '@/components/audit-table'
import { useAuditTrail } from '../api/get-audit-trail'
import { auditActionLabel, auditFieldLabel, auditSubject, auditValue, type AuditContext } from '../utils/audit-format'

/** Who changed what and when in the household and its members, field by field, newest first. */
export function AuditTrail({ householdId, context }: { householdId: string; context: AuditContext }) {
  const { t } = useTranslation()
  const trail = useAuditTrail(householdId)
  return (
    <AuditTable
      title={t('household.detail.audit')}
      trail={trail}
      wording={{
        action: (entry) => auditActionLabel(entry.action, t),
        subject: (entry) => auditSubject(entry, context, t),
        field: (_, change) => auditFieldLabel(change.field, t),
        value: (entry, change, value) => auditValue(entry, change, value, context, t),
      }}
    />
  )
}
