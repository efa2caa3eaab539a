import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Household } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type UpdateHouseholdRequest = Schemas['UpdateHouseholdRequest']

export interface UpdateHouseholdInput {
  household: Pick<Household, 'id' | 'version'>
  body: UpdateHouseholdRequest
}

/** Saves village, address and phone (absent ones are cleared); 412 if someone changed the household. */
export async function updateHousehold({ household, body }: UpdateHouseholdInput): Promise<Household> {
  return requireData(
    await apiClient.PUT('/api/v1/households/{id}', {
      params: { path: { id: household.id }, header: { 'If-Match': ifMatch(household.version) } },
      body,
    }),
  )
}

export function useUpdateHousehold() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateHousehold,
    onSuccess: (saved) => invalidateHouseholds(queryClient, saved.id),
  })
}
