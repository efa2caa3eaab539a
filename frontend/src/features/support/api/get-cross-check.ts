import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { supportKeys } from './keys'
import type { CrossCheck } from './pair-groups'

/** One inspection: the households it covers and the findings. */
export async function getCrossCheck(id: string, signal?: AbortSignal): Promise<CrossCheck> {
  return requireData(await apiClient.GET('/api/v1/support/cross-checks/{id}', { params: { path: { id } }, signal }))
}

export const getCrossCheckQueryOptions = (id: string) =>
  queryOptions({
    queryKey: supportKeys.crossCheck(id),
    queryFn: ({ signal }) => getCrossCheck(id, signal),
  })

export function useCrossCheck(id: string | undefined) {
  return useQuery({ ...getCrossCheckQueryOptions(id ?? ''), enabled: Boolean(id) })
}
