import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type Household = Schemas['HouseholdView']
export type Member = Schemas['MemberView']
export type RecordSummary = Schemas['RecordSummary']
export type CloseReason = Schemas['CloseReason']
export type LeftReason = Schemas['LeftReason']

/**
 * Key of one household and everything read under it (records, audit trail): a write to the
 * household invalidates it all.
 */
export const householdQueryKey = (id: string) => ['households', 'household', id] as const

export async function getHousehold(id: string, signal?: AbortSignal): Promise<Household> {
  return requireData(await apiClient.GET('/api/v1/households/{id}', { params: { path: { id } }, signal }))
}

export const getHouseholdQueryOptions = (id: string) =>
  queryOptions({
    queryKey: householdQueryKey(id),
    queryFn: ({ signal }) => getHousehold(id, signal),
  })

export function useHousehold(id: string) {
  return useQuery(getHouseholdQueryOptions(id))
}

/** Members still in the household, in their order. */
export function activeMembers(household: Pick<Household, 'members'>): Member[] {
  return household.members.filter((member) => member.status === 'ACTIVE')
}
