import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'

export type Gap = Schemas['GapView']

/** The listed households without a result or a recorded reason, with the step each waits for. */
export async function listGaps(campaignId: string, signal?: AbortSignal): Promise<Gap[]> {
  return requireData(await apiClient.GET('/api/v1/review-campaigns/{id}/gaps', { params: { path: { id: campaignId } }, signal }))
}

export const listGapsQueryOptions = (campaignId: string) =>
  queryOptions({
    queryKey: [...campaignQueryKey(campaignId), 'gaps'],
    queryFn: ({ signal }) => listGaps(campaignId, signal),
  })

export function useGaps(campaignId: string, { enabled = true } = {}) {
  return useQuery({ ...listGapsQueryOptions(campaignId), enabled })
}
