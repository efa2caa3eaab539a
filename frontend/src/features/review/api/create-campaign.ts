import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Campaign } from './get-campaign'
import { campaignListsQueryKey } from './list-campaigns'

export type CreateCampaignRequest = Schemas['CreateCampaignRequest']

/**
 * Opens a campaign: a periodic one lists the commune's poor and near-poor households; a regular one
 * (a month) starts empty. 409 review.duplicate_campaign when the commune already has it.
 */
export async function createCampaign(body: CreateCampaignRequest): Promise<Campaign> {
  return requireData(await apiClient.POST('/api/v1/review-campaigns', { body }))
}

export function useCreateCampaign() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignListsQueryKey }),
  })
}
