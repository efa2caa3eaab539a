import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { supportKeys } from './keys'
import type { CrossCheck } from './pair-groups'

/** A group's inspections of a year: those it makes and those it receives, with their findings. */
export async function listGroupCrossChecks(groupId: string, year: number | undefined, signal?: AbortSignal): Promise<CrossCheck[]> {
  return requireData(
    await apiClient.GET('/api/v1/support/groups/{id}/cross-checks', { params: { path: { id: groupId }, query: { year } }, signal }),
  )
}

export const listGroupCrossChecksQueryOptions = (groupId: string, year: number | undefined) =>
  queryOptions({
    queryKey: supportKeys.groupCrossChecks(groupId, year),
    queryFn: ({ signal }) => listGroupCrossChecks(groupId, year, signal),
  })

export function useGroupCrossChecks(groupId: string | undefined, year: number | undefined) {
  return useQuery({ ...listGroupCrossChecksQueryOptions(groupId ?? '', year), enabled: Boolean(groupId) })
}
