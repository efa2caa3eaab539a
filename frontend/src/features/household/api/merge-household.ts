import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Household } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type MergeHouseholdRequest = Schemas['MergeHouseholdRequest']

export interface MergeHouseholdInput {
  household: Pick<Household, 'id' | 'version'>
  body: MergeHouseholdRequest
}

/** Nhập hộ: every member joins the target household and this one closes; resolves to the target. */
export async function mergeHousehold({ household, body }: MergeHouseholdInput): Promise<Household> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/merge', {
      params: { path: { id: household.id }, header: { 'If-Match': ifMatch(household.version) } },
      body,
    }),
  )
}

export function useMergeHousehold() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: mergeHousehold,
    onSuccess: (target, { household }) => invalidateHouseholds(queryClient, household.id, target.id),
  })
}
