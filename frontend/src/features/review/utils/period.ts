import type { TFunction } from 'i18next'
import type { CampaignKind } from '../api/list-campaigns'

/** "Định kỳ năm 2026" / "Thường xuyên tháng 03/2026". */
export function campaignPeriod(campaign: { kind: CampaignKind; year: number; month: number | null }, t: TFunction): string {
  return campaign.kind === 'REGULAR' && campaign.month !== null
    ? t('review.period.REGULAR', { month: String(campaign.month).padStart(2, '0'), year: campaign.year })
    : t('review.period.PERIODIC', { year: campaign.year })
}
