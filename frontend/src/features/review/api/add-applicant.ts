import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { ReviewItem } from './list-items'

export type ApplicantRequest = Schemas['ApplicantRequest']
export type RequestForm = Schemas['RequestForm']

export const REQUEST_FORMS = ['MAU_01', 'MAU_04'] as const satisfies readonly RequestForm[]

export interface AddApplicantInput {
  campaignId: string
  body: ApplicantRequest
}

/**
 * Lists a household that filed Mẫu 01 or Mẫu 04, with its quick screen (Phiếu A); one that fails the
 * screen is closed with the screening note as its reason.
 */
export async function addApplicant({ campaignId, body }: AddApplicantInput): Promise<ReviewItem> {
  return requireData(await apiClient.POST('/api/v1/review-campaigns/{id}/applicants', { params: { path: { id: campaignId } }, body }))
}

export function useAddApplicant() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addApplicant,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
