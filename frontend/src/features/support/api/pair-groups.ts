import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'

export type CrossCheck = Schemas['CrossCheckView']
export type Finding = Schemas['FindingView']
export type FindingOutcome = Schemas['FindingOutcome']
export type CrossCheckPairRequest = Schemas['CrossCheckPairRequest']

export const FINDING_OUTCOMES = ['DELIVERED', 'NOT_DELIVERED', 'NOT_USED'] as const satisfies readonly FindingOutcome[]

/** Pairs two groups for a year: A checks B and B checks A (two inspections); 409 if already paired. */
export async function pairGroups(body: CrossCheckPairRequest): Promise<CrossCheck[]> {
  return requireData(await apiClient.POST('/api/v1/support/cross-checks/pairs', { body }))
}

export function usePairGroups() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: pairGroups, onSuccess: () => invalidateSupport(queryClient) })
}
