import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'

export type Complaint = Schemas['ComplaintView']
export type ComplaintKind = Schemas['ComplaintKind']
export type ComplaintOutcome = Schemas['ComplaintOutcome']

export const COMPLAINT_KINDS = ['WRONGLY_INCLUDED', 'WRONGLY_EXCLUDED', 'DATA_ERROR'] as const satisfies readonly ComplaintKind[]
export const COMPLAINT_OUTCOMES = ['UPHELD', 'REJECTED'] as const satisfies readonly ComplaintOutcome[]

/** The complaints about posted results, each with its re-check's due date and whether it is late. */
export async function listComplaints(campaignId: string, signal?: AbortSignal): Promise<Complaint[]> {
  return requireData(
    await apiClient.GET('/api/v1/review-campaigns/{id}/complaints', { params: { path: { id: campaignId } }, signal }),
  )
}

export const listComplaintsQueryOptions = (campaignId: string) =>
  queryOptions({
    queryKey: [...campaignQueryKey(campaignId), 'complaints'],
    queryFn: ({ signal }) => listComplaints(campaignId, signal),
  })

export function useComplaints(campaignId: string) {
  return useQuery(listComplaintsQueryOptions(campaignId))
}
