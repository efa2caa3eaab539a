import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Household } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type ChangeHeadRequest = Schemas['ChangeHeadRequest']

export interface ChangeHeadInput {
  household: Pick<Household, 'id' | 'version'>
  body: ChangeHeadRequest
}

/** Makes an active member the head; the former head becomes "other relative". */
export async function changeHead({ household, body }: ChangeHeadInput): Promise<Household> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/head', {
      params: { path: { id: household.id }, header: { 'If-Match': ifMatch(household.version) } },
      body,
    }),
  )
}

export function useChangeHead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeHead,
    onSuccess: (saved) => invalidateHouseholds(queryClient, saved.id),
  })
}
