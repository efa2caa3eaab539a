import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { importJobQueryKey } from './keys'

export type ImportHousehold = Schemas['ImportHousehold']
export type ImportHouseholdPage = Schemas['ImportHouseholdPage']
export type ImportAction = Schemas['ImportAction']

export const IMPORT_ACTIONS = ['NEW', 'UPDATED', 'UNCHANGED', 'REJECTED'] as const satisfies readonly ImportAction[]

export const IMPORT_HOUSEHOLD_PAGE_SIZE = 50

export async function listImportHouseholds(
  id: string,
  action: ImportAction | undefined,
  after?: string,
  signal?: AbortSignal,
): Promise<ImportHouseholdPage> {
  return requireData(
    await apiClient.GET('/api/v1/imports/{id}/households', {
      params: { path: { id }, query: { action, after, limit: IMPORT_HOUSEHOLD_PAGE_SIZE } },
      signal,
    }),
  )
}

export const listImportHouseholdsQueryOptions = (id: string, action?: ImportAction) =>
  infiniteQueryOptions({
    queryKey: [...importJobQueryKey(id), 'households', { action }],
    queryFn: ({ pageParam, signal }) => listImportHouseholds(id, action, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

export function useImportHouseholds(id: string, action?: ImportAction, { enabled = true } = {}) {
  return useInfiniteQuery({ ...listImportHouseholdsQueryOptions(id, action), enabled })
}
