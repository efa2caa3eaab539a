import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { obligationsQueryKey } from './keys'

export type Obligation = Schemas['ObligationView']
export type PeriodType = Schemas['PeriodType']
export type DueRule = Schemas['DueRule']
export type OwnerLevel = Schemas['OwnerLevel']
export type RecipientLevel = Schemas['RecipientLevel']
export type ReportContent = Schemas['Content']

export const PERIOD_TYPES = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'] as const satisfies readonly PeriodType[]
export const DUE_RULES = ['DAY_OF_NEXT_MONTH', 'FIXED_DATE', 'DAYS_AFTER_PERIOD'] as const satisfies readonly DueRule[]
export const OWNER_LEVELS = ['COMMUNE', 'PROVINCE', 'HELP_GROUP', 'AGENCY'] as const satisfies readonly OwnerLevel[]
export const RECIPIENT_LEVELS = ['PROVINCE', 'MINISTRY'] as const satisfies readonly RecipientLevel[]
export const REPORT_CONTENTS = [
  'REGULAR_REVIEW',
  'PERIODIC_RESULTS',
  'SUPPORT_RESULTS',
  'BRIEFING',
] as const satisfies readonly ReportContent[]

export async function listObligations(signal?: AbortSignal): Promise<Obligation[]> {
  return requireData(await apiClient.GET('/api/v1/reporting/obligations', { signal }))
}

export const listObligationsQueryOptions = () =>
  queryOptions({
    queryKey: obligationsQueryKey,
    queryFn: ({ signal }) => listObligations(signal),
    // Obligations are configuration: they change rarely.
    staleTime: 10 * 60 * 1000,
  })

/** The statutory and local reporting obligations, with their periods, due rules, owners and recipients. */
export function useObligations() {
  return useQuery(listObligationsQueryOptions())
}
