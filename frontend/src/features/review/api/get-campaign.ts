import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reviewsQueryKey } from './list-campaigns'

export type Campaign = Schemas['CampaignView']
export type StepDeadline = Schemas['StepDeadline']
export type VillageProgress = Schemas['VillageProgress']

/**
 * Key of one campaign and everything read under it (its households, gaps, meetings, postings,
 * complaints, audit trail): every step written to the campaign invalidates it all.
 */
export const campaignQueryKey = (id: string) => [...reviewsQueryKey, 'campaign', id] as const

/** The campaign with its due dates, late steps, households per state and per village, and gaps. */
export async function getCampaign(id: string, signal?: AbortSignal): Promise<Campaign> {
  return requireData(await apiClient.GET('/api/v1/review-campaigns/{id}', { params: { path: { id } }, signal }))
}

export const getCampaignQueryOptions = (id: string) =>
  queryOptions({
    queryKey: campaignQueryKey(id),
    queryFn: ({ signal }) => getCampaign(id, signal),
  })

export function useCampaign(id: string) {
  return useQuery(getCampaignQueryOptions(id))
}

/** Whether the campaign still takes surveys, meetings and postings (not yet past the posting step). */
export function isCollecting(campaign: Pick<Campaign, 'status'>): boolean {
  return campaign.status === 'OPEN' || campaign.status === 'POSTING'
}
