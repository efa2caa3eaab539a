import {
  HOUSEHOLD_CLASSES,
  HOUSEHOLD_STATUSES,
  SUBGROUPS,
  type HouseholdFilter,
} from '../api/list-households'

/** The search parameters the list keeps its filter in (shared links and back/forward keep it). */
export const FILTER_PARAMS = [
  'communeCode',
  'villageId',
  'classification',
  'year',
  'subgroup',
  'deprivedIndicator',
  'status',
  'q',
] as const
export type FilterParam = (typeof FILTER_PARAMS)[number]

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value)
}

/**
 * The filter in the URL. Without `communeCode` the user's default commune applies (commune
 * officers see their own commune first); an empty `communeCode=` means every commune of the
 * jurisdiction.
 */
export function parseFilter(params: URLSearchParams, defaultCommuneCode?: string): HouseholdFilter {
  const year = Number(params.get('year'))
  const communeCode = params.has('communeCode') ? params.get('communeCode') || undefined : defaultCommuneCode
  return {
    communeCode,
    // A village belongs to one commune: without a commune it is meaningless.
    villageId: communeCode ? params.get('villageId') || undefined : undefined,
    classification: oneOf(HOUSEHOLD_CLASSES, params.get('classification')),
    year: Number.isInteger(year) && year >= 2016 && year <= 2100 ? year : undefined,
    subgroup: oneOf(SUBGROUPS, params.get('subgroup')),
    deprivedIndicator: /^[A-Z_]{2,40}$/.test(params.get('deprivedIndicator') ?? '')
      ? (params.get('deprivedIndicator') ?? undefined)
      : undefined,
    status: oneOf(HOUSEHOLD_STATUSES, params.get('status')),
    q: params.get('q') || undefined,
  }
}

/** The parameters with one filter changed; changing the commune drops the village. */
export function withFilter(params: URLSearchParams, name: FilterParam, value: string | number | undefined) {
  const next = new URLSearchParams(params)
  const text = value === undefined ? '' : String(value)
  if (name === 'communeCode') {
    next.set('communeCode', text)
    next.delete('villageId')
  } else if (text) next.set(name, text)
  else next.delete(name)
  return next
}
