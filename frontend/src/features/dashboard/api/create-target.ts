import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Target } from './get-dashboard'
import { invalidateDashboards } from './invalidate-dashboards'

export type TargetRequest = Schemas['PovertyTargetRequest']

/** Sets a unit's target for a year; one per unit, indicator and year (409 target.duplicate). */
export async function createTarget(body: TargetRequest): Promise<Target> {
  return requireData(await apiClient.POST('/api/v1/targets', { body }))
}

export function useCreateTarget() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createTarget, onSuccess: () => invalidateDashboards(queryClient) })
}
