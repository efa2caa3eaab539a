import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reportingQueryKey } from './keys'

export type Obligation = Schemas['ObligationView']
export type PeriodType = Schemas['PeriodType']

export async function listObligations(signal?: AbortSignal): Promise<Obligation[]> {
  return requireData(await apiClient.GET('/api/v1/reporting/obligations', { signal }))
}

export const listObligationsQueryOptions = () =>
  queryOptions({
    queryKey: [...reportingQueryKey, 'obligations'],
    queryFn: ({ signal }) => listObligations(signal),
    // Obligations are configuration: they change rarely.
    staleTime: 10 * 60 * 1000,
  })

/** The statutory and local reporting obligations, with their periods, due rules, owners and recipients. */
export function useObligations() {
  return useQuery(listObligationsQueryOptions())
}
