import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { supportKeys } from './keys'
import type { Agency } from './list-agencies'

export async function getAgency(id: string, signal?: AbortSignal): Promise<Agency> {
  return requireData(await apiClient.GET('/api/v1/support/agencies/{id}', { params: { path: { id } }, signal }))
}

export const getAgencyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: supportKeys.agency(id),
    queryFn: ({ signal }) => getAgency(id, signal),
  })

export function useAgency(id: string | undefined) {
  return useQuery({ ...getAgencyQueryOptions(id ?? ''), enabled: Boolean(id) })
}

/**
 * The agency a helping agency's user works for: the one of their groups' agencies that lists the
 * user (the API has no "my agency" call; an agency user may read the agencies of their province).
 */
export function useOwnAgency(agencyIds: readonly string[], username: string | undefined) {
  return useQueries({
    queries: agencyIds.map((id) => ({ ...getAgencyQueryOptions(id), enabled: Boolean(username) })),
    combine: (results) => ({
      agency: results.find((result) => username !== undefined && result.data?.users.includes(username))?.data,
      isPending: results.some((result) => result.isPending),
    }),
  })
}
