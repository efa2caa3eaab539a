import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey, type Campaign } from './get-campaign'
import { invalidateCampaign } from './invalidate-campaign'

export type DecisionRequest = Schemas['DecisionRequest']

export interface DecideCampaignInput {
  campaign: Pick<Campaign, 'id' | 'version'>
  body: DecisionRequest
}

/**
 * The chairman's decision (Mẫu 02): fixes each household's class and transition. Refused with 422
 * review.gaps (one violation per household still open) or review.opinion_missing; 412 when the
 * campaign changed since it was read.
 */
export async function decideCampaign({ campaign, body }: DecideCampaignInput): Promise<Campaign> {
  return requireData(
    await apiClient.POST('/api/v1/review-campaigns/{id}/decision', {
      params: { path: { id: campaign.id }, header: { 'If-Match': ifMatch(campaign.version) } },
      body,
    }),
  )
}

export function useDecideCampaign() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: decideCampaign,
    onSuccess: async (decided) => {
      queryClient.setQueryData(campaignQueryKey(decided.id), decided)
      await invalidateCampaign(queryClient, decided.id)
    },
  })
}
