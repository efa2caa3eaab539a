import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type StandardSummary = Schemas['StandardSummary']
export type StandardStatus = Schemas['StandardStatus']
export type RuleFamily = Schemas['RuleFamily']
export type IncomeLines = Schemas['IncomeLines']
export type AreaType = Schemas['AreaType']

export const AREA_TYPES = ['RURAL', 'URBAN'] as const satisfies readonly AreaType[]
export const STANDARD_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const satisfies readonly StandardStatus[]
export const RULE_FAMILIES = ['DUAL_CUTOFF', 'BAND'] as const satisfies readonly RuleFamily[]

/** Key prefix of everything read about standards; every change invalidates it. */
export const standardsQueryKey = ['standards'] as const

export async function listStandards(signal?: AbortSignal): Promise<StandardSummary[]> {
  return requireData(await apiClient.GET('/api/v1/standards', { signal }))
}

export const listStandardsQueryOptions = () =>
  queryOptions({
    queryKey: [...standardsQueryKey, 'list'],
    queryFn: ({ signal }) => listStandards(signal),
    staleTime: 5 * 60 * 1000,
  })

export function useStandards() {
  return useQuery(listStandardsQueryOptions())
}
