import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { Complaint } from './list-complaints'

export type ComplaintResolutionRequest = Schemas['ComplaintResolutionRequest']

export interface ResolveComplaintInput {
  campaignId: string
  complaintId: string
  body: ComplaintResolutionRequest
}

/** The re-check's outcome: UPHELD sends the household back to survey, REJECTED keeps the posted result. */
export async function resolveComplaint({ campaignId, complaintId, body }: ResolveComplaintInput): Promise<Complaint> {
  return requireData(
    await apiClient.POST('/api/v1/review-campaigns/{id}/complaints/{complaintId}/resolution', {
      params: { path: { id: campaignId, complaintId } },
      body,
    }),
  )
}

export function useResolveComplaint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resolveComplaint,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
