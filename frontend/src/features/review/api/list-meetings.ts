import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'

export type Meeting = Schemas['MeetingView']

/** The village meetings held so far, passed or refused. */
export async function listMeetings(campaignId: string, signal?: AbortSignal): Promise<Meeting[]> {
  return requireData(
    await apiClient.GET('/api/v1/review-campaigns/{id}/meetings', { params: { path: { id: campaignId } }, signal }),
  )
}

export const listMeetingsQueryOptions = (campaignId: string) =>
  queryOptions({
    queryKey: [...campaignQueryKey(campaignId), 'meetings'],
    queryFn: ({ signal }) => listMeetings(campaignId, signal),
  })

export function useMeetings(campaignId: string) {
  return useQuery(listMeetingsQueryOptions(campaignId))
}
