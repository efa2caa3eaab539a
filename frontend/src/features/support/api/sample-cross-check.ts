import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { CrossCheck } from './pair-groups'

export type CrossCheckSampleRequest = Schemas['CrossCheckSampleRequest']

/** A group inspects a random sample of another group's households. */
export async function sampleCrossCheck(body: CrossCheckSampleRequest): Promise<CrossCheck> {
  return requireData(await apiClient.POST('/api/v1/support/cross-checks/samples', { body }))
}

export function useSampleCrossCheck() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: sampleCrossCheck, onSuccess: () => invalidateSupport(queryClient) })
}
