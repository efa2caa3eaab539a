import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { Complaint } from './list-complaints'

export type ComplaintRequest = Schemas['ComplaintRequest']

export interface ReceiveComplaintInput {
  campaignId: string
  body: ComplaintRequest
}

/** A complaint about a posted result: the household goes under re-check (phúc tra). */
export async function receiveComplaint({ campaignId, body }: ReceiveComplaintInput): Promise<Complaint> {
  return requireData(await apiClient.POST('/api/v1/review-campaigns/{id}/complaints', { params: { path: { id: campaignId } }, body }))
}

export function useReceiveComplaint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: receiveComplaint,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
