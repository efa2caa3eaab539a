import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { supportKeys } from './keys'
import type { HelpGroup } from './list-groups'

/** A group with its members, communes and the history of its lead. */
export async function getGroup(id: string, signal?: AbortSignal): Promise<HelpGroup> {
  return requireData(await apiClient.GET('/api/v1/support/groups/{id}', { params: { path: { id } }, signal }))
}

export const getGroupQueryOptions = (id: string) =>
  queryOptions({
    queryKey: supportKeys.group(id),
    queryFn: ({ signal }) => getGroup(id, signal),
  })

export function useGroup(id: string | undefined) {
  return useQuery({ ...getGroupQueryOptions(id ?? ''), enabled: Boolean(id) })
}
