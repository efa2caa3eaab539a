import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { importListsQueryKey } from './keys'

export type ImportJobPage = Schemas['ImportJobPage']

export const IMPORT_HISTORY_PAGE_SIZE = 20

/** The imports of an area (a province: with those of its communes), newest first. */
export async function listImports(areaCode: string, after?: string, signal?: AbortSignal): Promise<ImportJobPage> {
  return requireData(
    await apiClient.GET('/api/v1/imports', {
      params: { query: { areaCode, after, limit: IMPORT_HISTORY_PAGE_SIZE } },
      signal,
    }),
  )
}

export const listImportsQueryOptions = (areaCode: string) =>
  infiniteQueryOptions({
    queryKey: [...importListsQueryKey, areaCode],
    queryFn: ({ pageParam, signal }) => listImports(areaCode, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })

export function useImports(areaCode: string) {
  return useInfiniteQuery(listImportsQueryOptions(areaCode))
}
