import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { Plan } from './get-plan'
import { planChanged } from './invalidate-support'

export interface DeliverItemInput {
  planId: string
  itemId: string
  deliveredOn: string
}

/** The item reached the household; 422 support.commitment_required until the commitment is recorded. */
export async function deliverItem({ planId, itemId, deliveredOn }: DeliverItemInput): Promise<Plan> {
  return requireData(
    await apiClient.POST('/api/v1/support/plans/{id}/items/{itemId}/delivery', {
      params: { path: { id: planId, itemId } },
      body: { deliveredOn },
    }),
  )
}

export function useDeliverItem() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: deliverItem, onSuccess: (plan) => planChanged(queryClient, plan) })
}
