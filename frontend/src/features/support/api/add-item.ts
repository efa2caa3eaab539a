import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Plan } from './get-plan'
import { planChanged } from './invalidate-support'

export type SupportItemRequest = Schemas['SupportItemRequest']

export interface AddItemInput {
  planId: string
  body: SupportItemRequest
}

/**
 * Adds an item from the catalogue. A discouraged kind or one that addresses nothing the household
 * lacks is accepted, with a warning on the item.
 */
export async function addItem({ planId, body }: AddItemInput): Promise<Plan> {
  return requireData(await apiClient.POST('/api/v1/support/plans/{id}/items', { params: { path: { id: planId } }, body }))
}

export function useAddItem() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: addItem, onSuccess: (plan) => planChanged(queryClient, plan) })
}
