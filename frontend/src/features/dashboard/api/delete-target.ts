import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient } from '@/lib/api-client'
import type { Target } from './get-dashboard'
import { invalidateDashboards } from './invalidate-dashboards'

/** Removes a target. */
export async function deleteTarget(target: Pick<Target, 'id'>): Promise<void> {
  await apiClient.DELETE('/api/v1/targets/{id}', { params: { path: { id: target.id } } })
}

export function useDeleteTarget() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: deleteTarget, onSuccess: () => invalidateDashboards(queryClient) })
}
