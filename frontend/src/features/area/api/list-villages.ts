import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type Village = Schemas['VillageView']
export type VillagePage = Schemas['VillagePage']
export type VillageKind = Village['kind']

export const VILLAGE_KINDS = ['VILLAGE', 'RESIDENTIAL_GROUP'] as const satisfies readonly VillageKind[]

export const VILLAGE_PAGE_SIZE = 100

export async function listVillages(communeCode: string, after?: string, signal?: AbortSignal): Promise<VillagePage> {
  return requireData(
    await apiClient.GET('/api/v1/communes/{communeCode}/villages', {
      params: { path: { communeCode }, query: { limit: VILLAGE_PAGE_SIZE, after } },
      signal,
    }),
  )
}

/** Key prefix of every village list of a commune; mutations invalidate it. */
export const villagesQueryKey = (communeCode: string) => ['areas', 'villages', communeCode] as const

export const listVillagesQueryOptions = (communeCode: string) =>
  infiniteQueryOptions({
    queryKey: villagesQueryKey(communeCode),
    queryFn: ({ pageParam, signal }) => listVillages(communeCode, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })

export function useVillages(communeCode: string) {
  return useInfiniteQuery(listVillagesQueryOptions(communeCode))
}
