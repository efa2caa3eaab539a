import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateCampaign } from './invalidate-campaign'
import type { Meeting } from './list-meetings'

export type MeetingRequest = Schemas['MeetingRequest']

export interface RecordMeetingInput {
  campaignId: string
  body: MeetingRequest
}

/**
 * A village meeting on the village's surveyed households. It passes when at least half the
 * attendees agree; otherwise it is recorded as refused and the households go back to survey.
 */
export async function recordMeeting({ campaignId, body }: RecordMeetingInput): Promise<Meeting> {
  return requireData(await apiClient.POST('/api/v1/review-campaigns/{id}/meetings', { params: { path: { id: campaignId } }, body }))
}

export function useRecordMeeting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recordMeeting,
    onSuccess: (_, { campaignId }) => invalidateCampaign(queryClient, campaignId),
  })
}
