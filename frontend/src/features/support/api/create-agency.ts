import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { Agency } from './list-agencies'

export type AgencyRequest = Schemas['AgencyRequest']

/** Registers a helping agency of a province (province officers); 409 for a name taken in the province. */
export async function createAgency(body: AgencyRequest): Promise<Agency> {
  return requireData(await apiClient.POST('/api/v1/support/agencies', { body }))
}

export function useCreateAgency() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createAgency, onSuccess: () => invalidateSupport(queryClient) })
}
