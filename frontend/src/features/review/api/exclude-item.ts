import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { ReviewItem } from './list-items'

export const EXCLUSION_REASON_MAX_LENGTH = 500

export interface ExcludeItemInput {
  campaignId: string
  itemId: string
  reason: string
}

/** Takes a household off the list with the reason recorded (moved away, dissolved…); it needs no result then. */
export async function excludeItem({ campaignId, itemId, reason }: ExcludeItemInput): Promise<ReviewItem> {
  return requireData(
    await apiClient.POST('/api/v1/review-campaigns/{id}/items/{itemId}/exclusion', {
      params: { path: { id: campaignId, itemId } },
      body: { reason },
    }),
  )
}

export function useExcludeItem() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: excludeItem,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
