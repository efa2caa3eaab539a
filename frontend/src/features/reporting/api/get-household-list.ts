import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { MovementKind } from './get-movement'
import { householdListQueryKey } from './keys'

export type HouseholdList = Schemas['HouseholdList']
export type ListedHousehold = Schemas['ListedHousehold']
export type ListedMember = Schemas['ListedMember']

export const HOUSEHOLD_LIST_PAGE_SIZE = 50

export interface HouseholdListQuery {
  /** A commune or a province. */
  areaCode: string
  year: number
  kind: MovementKind
}

export async function getHouseholdList({ areaCode, year, kind }: HouseholdListQuery, after?: string, signal?: AbortSignal): Promise<HouseholdList> {
  const result = await apiClient.GET('/api/v1/reports/household-list', {
    params: { query: { areaCode, year, kind, limit: HOUSEHOLD_LIST_PAGE_SIZE, after } },
    signal,
  })
  // The operation also serves XLSX and CSV; asked for JSON, the body is a page of the list.
  return requireData(result) as HouseholdList
}

export const getHouseholdListQueryOptions = (query: HouseholdListQuery) =>
  infiniteQueryOptions({
    queryKey: [...householdListQueryKey, query],
    queryFn: ({ pageParam, signal }) => getHouseholdList(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

/** The detailed list of a year's poor (or near-poor) households with their members, in code order, a page at a time. */
export function useHouseholdList(query: HouseholdListQuery) {
  return useInfiniteQuery(getHouseholdListQueryOptions(query))
}
