import { useTranslation } from 'react-i18next'
import { AuditTable } from '@/components/audit-table'
import { useCampaignAudit } from '../api/get-campaign-audit'
import { useItems } from '../api/list-items'
import { reviewActionLabel, reviewFieldLabel, reviewSubject, reviewValue } from '../utils/audit-format'

/** Every step of the campaign and its households, who took it and when, newest first. */
export function CampaignAudit({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const trail = useCampaignAudit(campaignId)
  // The households' codes, to say whom an entry is about.
  const items = useItems(campaignId, {}, { limit: 500 })
  const codes = new Map((items.data?.pages.flatMap((page) => page.items) ?? []).map((item) => [item.id, item.householdCode]))
  return (
    <AuditTable
      title={t('review.tab.audit')}
      trail={trail}
      data-testid="campaign-audit"
      wording={{
        action: (entry) => reviewActionLabel(entry.action, t),
        subject: (entry) => reviewSubject(entry, (id) => codes.get(id), t),
        field: (_, change) => reviewFieldLabel(change.field, t),
        value: (entry, change, value) => reviewValue(entry, change.field, value, t),
      }}
    />
  )
}
