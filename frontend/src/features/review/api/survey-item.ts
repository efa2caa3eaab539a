import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { ReviewItem } from './list-items'

export type SurveyRequest = Schemas['SurveyRequest']

export interface SurveyItemInput {
  campaignId: string
  itemId: string
  body: SurveyRequest
}

/**
 * A reviewer's survey of a listed household: a yearly record of the registry for the campaign's
 * year, classified by the standard of that year; its class becomes the proposed result.
 */
export async function surveyItem({ campaignId, itemId, body }: SurveyItemInput): Promise<ReviewItem> {
  return requireData(
    await apiClient.POST('/api/v1/review-campaigns/{id}/items/{itemId}/survey', {
      params: { path: { id: campaignId, itemId } },
      body,
    }),
  )
}

export function useSurveyItem() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: surveyItem,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
