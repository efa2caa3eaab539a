import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch } from '@/lib/api-client'
import type { Target } from './get-dashboard'
import type { TargetRequest } from './create-target'
import { invalidateDashboards } from './invalidate-dashboards'

export interface UpdateTargetInput {
  target: Pick<Target, 'id' | 'version'>
  body: TargetRequest
}

/**
 * Changes a target's year, value, baseline and source (its unit and indicator stay: 422
 * target.identity_fixed); 412 when someone changed it meanwhile. The answer's body is not typed by
 * the API, so the dashboard is read again instead.
 */
export async function updateTarget({ target, body }: UpdateTargetInput): Promise<void> {
  await apiClient.PUT('/api/v1/targets/{id}', {
    params: { path: { id: target.id }, header: { 'If-Match': ifMatch(target.version) } },
    body,
  })
}

export function useUpdateTarget() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updateTarget, onSuccess: () => invalidateDashboards(queryClient) })
}
