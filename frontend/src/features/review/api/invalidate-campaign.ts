import type { QueryClient } from '@tanstack/react-query'
import { campaignQueryKey } from './get-campaign'
import { campaignListsQueryKey } from './list-campaigns'

/** After a step: the campaign with everything under it, and every campaign list (counts, late flags). */
export async function invalidateCampaign(queryClient: QueryClient, campaignId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: campaignQueryKey(campaignId) }),
    queryClient.invalidateQueries({ queryKey: campaignListsQueryKey }),
  ])
}
