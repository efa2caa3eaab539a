import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Household } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type CreateHouseholdRequest = Schemas['CreateHouseholdRequest']
export type MemberRequest = Schemas['MemberRequest']

/** Registers a household with its members (one of them the head); the registry gives its code. */
export async function createHousehold(body: CreateHouseholdRequest): Promise<Household> {
  return requireData(await apiClient.POST('/api/v1/households', { body }))
}

export function useCreateHousehold() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createHousehold,
    onSuccess: () => invalidateHouseholds(queryClient),
  })
}
