import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { Posting } from './list-postings'

export type PostingRequest = Schemas['PostingRequest']

export interface PostResultsInput {
  campaignId: string
  body: PostingRequest
}

/**
 * Posts every result the village meetings confirmed, for a number of working days (the campaign's
 * by default). 422 review.posting_not_ready while a household still waits for survey or meeting.
 */
export async function postResults({ campaignId, body }: PostResultsInput): Promise<Posting> {
  return requireData(await apiClient.POST('/api/v1/review-campaigns/{id}/postings', { params: { path: { id: campaignId } }, body }))
}

export function usePostResults() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: postResults,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
