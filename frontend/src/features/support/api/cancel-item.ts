import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { Plan } from './get-plan'
import { planChanged } from './invalidate-support'

export interface CancelItemInput {
  planId: string
  itemId: string
  reason: string
}

/** Drops a planned item, with the reason (delivered items stay). */
export async function cancelItem({ planId, itemId, reason }: CancelItemInput): Promise<Plan> {
  return requireData(
    await apiClient.POST('/api/v1/support/plans/{id}/items/{itemId}/cancellation', {
      params: { path: { id: planId, itemId } },
      body: { reason },
    }),
  )
}

export function useCancelItem() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: cancelItem, onSuccess: (plan) => planChanged(queryClient, plan) })
}
