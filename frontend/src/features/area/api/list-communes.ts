import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type Commune = Schemas['CommuneView']
export type CommunePage = Schemas['CommunePage']
export type CommuneUnitType = Commune['unitType']

export const COMMUNE_UNIT_TYPES = ['WARD', 'COMMUNE', 'SPECIAL_ZONE'] as const satisfies readonly CommuneUnitType[]

export interface CommuneFilter {
  provinceCode: string
  /** Name search; the server ignores case and diacritics ("nam dong" finds "Nam Đông"). */
  q?: string
  type?: CommuneUnitType
}

export const COMMUNE_PAGE_SIZE = 50

export async function listCommunes(
  { provinceCode, q, type }: CommuneFilter,
  after?: string,
  signal?: AbortSignal,
): Promise<CommunePage> {
  return requireData(
    await apiClient.GET('/api/v1/provinces/{code}/communes', {
      params: {
        path: { code: provinceCode },
        query: { q: q?.trim() || undefined, type, limit: COMMUNE_PAGE_SIZE, after },
      },
      signal,
    }),
  )
}

export const listCommunesQueryOptions = (filter: CommuneFilter) =>
  infiniteQueryOptions({
    queryKey: ['areas', 'communes', filter.provinceCode, { q: filter.q?.trim() ?? '', type: filter.type ?? null }],
    queryFn: ({ pageParam, signal }) => listCommunes(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 10 * 60 * 1000,
    // Keep showing the previous result while a new search runs, instead of an empty table.
    placeholderData: keepPreviousData,
  })

export function useCommunes(filter: CommuneFilter) {
  return useInfiniteQuery(listCommunesQueryOptions(filter))
}
