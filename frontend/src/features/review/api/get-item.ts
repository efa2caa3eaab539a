import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'
import type { ReviewItem } from './list-items'

export const itemQueryKey = (campaignId: string, itemId: string) => [...campaignQueryKey(campaignId), 'item', itemId] as const

/** One household of a campaign: why it is listed, where it stands, its proposed and decided class. */
export async function getItem(campaignId: string, itemId: string, signal?: AbortSignal): Promise<ReviewItem> {
  return requireData(
    await apiClient.GET('/api/v1/review-campaigns/{id}/items/{itemId}', { params: { path: { id: campaignId, itemId } }, signal }),
  )
}

export const getItemQueryOptions = (campaignId: string, itemId: string) =>
  queryOptions({
    queryKey: itemQueryKey(campaignId, itemId),
    queryFn: ({ signal }) => getItem(campaignId, itemId, signal),
  })

export function useItem(campaignId: string, itemId: string) {
  return useQuery(getItemQueryOptions(campaignId, itemId))
}
