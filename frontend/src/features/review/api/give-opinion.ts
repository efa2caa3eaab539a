import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey, type Campaign } from './get-campaign'
import { invalidateCampaign } from './invalidate-campaign'

export type OpinionRequest = Schemas['OpinionRequest']

export interface GiveOpinionInput {
  campaignId: string
  body: OpinionRequest
}

/**
 * The level above's opinion on the results, once every household is posted and the posting is
 * over (422 review.opinion_not_ready, review.posting_not_over otherwise).
 */
export async function giveOpinion({ campaignId, body }: GiveOpinionInput): Promise<Campaign> {
  return requireData(await apiClient.POST('/api/v1/review-campaigns/{id}/opinion', { params: { path: { id: campaignId } }, body }))
}

export function useGiveOpinion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: giveOpinion,
    onSuccess: async (campaign) => {
      queryClient.setQueryData(campaignQueryKey(campaign.id), campaign)
      await invalidateCampaign(queryClient, campaign.id)
    },
  })
}
