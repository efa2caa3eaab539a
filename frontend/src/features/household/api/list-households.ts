import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type HouseholdSummary = Schemas['HouseholdSummary']
export type HouseholdPage = Schemas['HouseholdPage']
export type HouseholdClass = Schemas['HouseholdClass']
export type HouseholdStatus = Schemas['HouseholdStatus']
export type Subgroup = Schemas['Subgroup']

export const HOUSEHOLD_CLASSES = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR'] as const satisfies readonly HouseholdClass[]
export const HOUSEHOLD_STATUSES = ['ACTIVE', 'CLOSED'] as const satisfies readonly HouseholdStatus[]
export const SUBGROUPS = ['NO_LABOUR_CAPACITY', 'MERITORIOUS_MEMBER', 'ETHNIC_MINORITY'] as const satisfies readonly Subgroup[]

/** What the list is filtered by; every field optional. */
export interface HouseholdFilter {
  provinceCode?: string
  communeCode?: string
  villageId?: string
  classification?: HouseholdClass
  year?: number
  subgroup?: Subgroup
  deprivedIndicator?: string
  status?: HouseholdStatus
  /** Member name (diacritics ignored), household code or a 12-digit citizen ID. */
  q?: string
}

export const HOUSEHOLD_PAGE_SIZE = 50

/** The query string of a filter: empty values left out, the search trimmed. */
export function householdListQuery(filter: HouseholdFilter, limit = HOUSEHOLD_PAGE_SIZE, after?: string) {
  return {
    provinceCode: filter.provinceCode || undefined,
    communeCode: filter.communeCode || undefined,
    villageId: filter.villageId || undefined,
    classification: filter.classification,
    year: filter.year,
    subgroup: filter.subgroup,
    deprivedIndicator: filter.deprivedIndicator || undefined,
    status: filter.status,
    q: filter.q?.trim() || undefined,
    limit,
    after,
  }
}

export async function listHouseholds(
  filter: HouseholdFilter,
  after?: string,
  signal?: AbortSignal,
  limit = HOUSEHOLD_PAGE_SIZE,
): Promise<HouseholdPage> {
  return requireData(
    await apiClient.GET('/api/v1/households', { params: { query: householdListQuery(filter, limit, after) }, signal }),
  )
}

/** Key prefix of every household list; every write invalidates it. */
export const householdListsQueryKey = ['households', 'list'] as const

export const listHouseholdsQueryOptions = (filter: HouseholdFilter, limit = HOUSEHOLD_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: [...householdListsQueryKey, householdListQuery(filter, limit)],
    queryFn: ({ pageParam, signal }) => listHouseholds(filter, pageParam, signal, limit),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Keep showing the previous result while a new search runs, instead of an empty table.
    placeholderData: keepPreviousData,
  })

export function useHouseholds(filter: HouseholdFilter, { limit = HOUSEHOLD_PAGE_SIZE, enabled = true } = {}) {
  return useInfiniteQuery({ ...listHouseholdsQueryOptions(filter, limit), enabled })
}

/** The class of a list row (typed loosely by the schema: a nullable enum). */
export function householdClassOf(value: string | null | undefined): HouseholdClass | undefined {
  return HOUSEHOLD_CLASSES.find((known) => known === value)
}
