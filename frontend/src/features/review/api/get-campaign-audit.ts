import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'

export type AuditEntry = Schemas['AuditEntryView']

/** Every state change of the campaign and its households, who made it and when, newest first. */
export async function getCampaignAudit(campaignId: string, signal?: AbortSignal): Promise<AuditEntry[]> {
  return requireData(await apiClient.GET('/api/v1/review-campaigns/{id}/audit', { params: { path: { id: campaignId } }, signal }))
}

export const getCampaignAuditQueryOptions = (campaignId: string) =>
  queryOptions({
    queryKey: [...campaignQueryKey(campaignId), 'audit'],
    queryFn: ({ signal }) => getCampaignAudit(campaignId, signal),
  })

export function useCampaignAudit(campaignId: string) {
  return useQuery(getCampaignAuditQueryOptions(campaignId))
}
