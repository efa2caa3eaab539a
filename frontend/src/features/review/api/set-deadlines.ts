import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey, type Campaign } from './get-campaign'
import { invalidateCampaign } from './invalidate-campaign'

export type DeadlinesRequest = Schemas['DeadlinesRequest']

export interface SetDeadlinesInput {
  campaign: Pick<Campaign, 'id' | 'version'>
  body: DeadlinesRequest
}

/**
 * The province's own due dates for each step, and how many working days a posting and a
 * complaint's re-check last. 412 when the campaign changed since it was read.
 */
export async function setDeadlines({ campaign, body }: SetDeadlinesInput): Promise<Campaign> {
  return requireData(
    await apiClient.PUT('/api/v1/review-campaigns/{id}/deadlines', {
      params: { path: { id: campaign.id }, header: { 'If-Match': ifMatch(campaign.version) } },
      body,
    }),
  )
}

export function useSetDeadlines() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setDeadlines,
    onSuccess: async (campaign) => {
      queryClient.setQueryData(campaignQueryKey(campaign.id), campaign)
      await invalidateCampaign(queryClient, campaign.id)
    },
  })
}
