import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Household } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type CloseHouseholdRequest = Schemas['CloseHouseholdRequest']

/** The reasons an officer may close a household for; merge and split close households themselves. */
export const CLOSE_REASONS = ['MOVED_AWAY', 'DISSOLVED'] as const satisfies readonly CloseHouseholdRequest['reason'][]

export interface CloseHouseholdInput {
  household: Pick<Household, 'id' | 'version'>
  body: CloseHouseholdRequest
}

/** Closes a household (moved away, dissolved); it is never deleted. */
export async function closeHousehold({ household, body }: CloseHouseholdInput): Promise<Household> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/closure', {
      params: { path: { id: household.id }, header: { 'If-Match': ifMatch(household.version) } },
      body,
    }),
  )
}

export function useCloseHousehold() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: closeHousehold,
    onSuccess: (closed) => invalidateHouseholds(queryClient, closed.id),
  })
}
