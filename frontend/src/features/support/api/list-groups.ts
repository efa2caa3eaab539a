import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type HelpGroup = Schemas['HelpGroupView']
export type AgencyRef = Schemas['AgencyRef']

/**
 * Which groups: of a province, of a commune, or (nothing set, a helping agency's user) the groups
 * the user's agency belongs to.
 */
export interface GroupFilter {
  provinceCode?: string
  communeCode?: string
}

export async function listGroups(filter: GroupFilter, signal?: AbortSignal): Promise<HelpGroup[]> {
  return requireData(
    await apiClient.GET('/api/v1/support/groups', {
      params: { query: { provinceCode: filter.provinceCode || undefined, communeCode: filter.communeCode || undefined } },
      signal,
    }),
  )
}

export const listGroupsQueryOptions = (filter: GroupFilter) =>
  queryOptions({
    queryKey: supportKeys.groups({ provinceCode: filter.provinceCode ?? '', communeCode: filter.communeCode ?? '' }),
    queryFn: ({ signal }) => listGroups(filter, signal),
  })

export function useGroups(filter: GroupFilter, { enabled = true } = {}) {
  return useQuery({ ...listGroupsQueryOptions(filter), enabled })
}
