import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'

export type Posting = Schemas['PostingView']

/** The public postings (niêm yết) of the campaign: the first one, and re-posts after upheld complaints. */
export async function listPostings(campaignId: string, signal?: AbortSignal): Promise<Posting[]> {
  return requireData(
    await apiClient.GET('/api/v1/review-campaigns/{id}/postings', { params: { path: { id: campaignId } }, signal }),
  )
}

export const listPostingsQueryOptions = (campaignId: string) =>
  queryOptions({
    queryKey: [...campaignQueryKey(campaignId), 'postings'],
    queryFn: ({ signal }) => listPostings(campaignId, signal),
  })

export function usePostings(campaignId: string) {
  return useQuery(listPostingsQueryOptions(campaignId))
}
