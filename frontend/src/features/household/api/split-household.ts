import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Household } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type SplitHouseholdRequest = Schemas['SplitHouseholdRequest']

export interface SplitHouseholdInput {
  household: Pick<Household, 'id' | 'version'>
  body: SplitHouseholdRequest
}

/** Tách hộ: the members named form a new household in the same commune; resolves to the new one. */
export async function splitHousehold({ household, body }: SplitHouseholdInput): Promise<Household> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/split', {
      params: { path: { id: household.id }, header: { 'If-Match': ifMatch(household.version) } },
      body,
    }),
  )
}

export function useSplitHousehold() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: splitHousehold,
    onSuccess: (created, { household }) => invalidateHouseholds(queryClient, household.id, created.id),
  })
}
