import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, type CampaignFilter } from '../api/list-campaigns'

/** The search parameters the campaign list keeps its filter in. */
export const CAMPAIGN_FILTER_PARAMS = ['communeCode', 'year', 'kind', 'status', 'late'] as const
export type CampaignFilterParam = (typeof CAMPAIGN_FILTER_PARAMS)[number]

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value)
}

/**
 * The filter in the URL. Without `communeCode` the user's default commune applies (a commune
 * officer sees their own first); an empty `communeCode=` means every commune of the jurisdiction.
 */
export function parseCampaignFilter(params: URLSearchParams, defaultCommuneCode?: string): CampaignFilter {
  const year = Number(params.get('year'))
  return {
    communeCode: params.has('communeCode') ? params.get('communeCode') || undefined : defaultCommuneCode,
    year: Number.isInteger(year) && year >= 2016 && year <= 2100 ? year : undefined,
    kind: oneOf(CAMPAIGN_KINDS, params.get('kind')),
    status: oneOf(CAMPAIGN_STATUSES, params.get('status')),
    late: params.get('late') === 'true' ? true : undefined,
  }
}

/** The parameters with one filter changed (the commune is kept even when emptied: "every commune"). */
export function withCampaignFilter(
  params: URLSearchParams,
  name: CampaignFilterParam,
  value: string | number | boolean | undefined,
): URLSearchParams {
  const next = new URLSearchParams(params)
  const text = value === undefined || value === false ? '' : String(value)
  if (name === 'communeCode') next.set(name, text)
  else if (text) next.set(name, text)
  else next.delete(name)
  return next
}
