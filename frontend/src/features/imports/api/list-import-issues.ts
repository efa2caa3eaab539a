import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { importJobQueryKey } from './keys'

export type ImportIssue = Schemas['ImportIssue']
export type ImportIssuePage = Schemas['ImportIssuePage']

export interface ImportIssueFilter {
  /** A column key of the template (e.g. citizen_id). */
  column?: string
  /** An issue code (e.g. import.citizen_id). */
  code?: string
}

export const IMPORT_ISSUE_PAGE_SIZE = 100

export async function listImportIssues(
  id: string,
  filter: ImportIssueFilter,
  after?: string,
  signal?: AbortSignal,
): Promise<ImportIssuePage> {
  return requireData(
    await apiClient.GET('/api/v1/imports/{id}/issues', {
      params: {
        path: { id },
        query: { column: filter.column || undefined, code: filter.code || undefined, after, limit: IMPORT_ISSUE_PAGE_SIZE },
      },
      signal,
    }),
  )
}

export const listImportIssuesQueryOptions = (id: string, filter: ImportIssueFilter) =>
  infiniteQueryOptions({
    queryKey: [...importJobQueryKey(id), 'issues', { column: filter.column, code: filter.code }],
    queryFn: ({ pageParam, signal }) => listImportIssues(id, filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

export function useImportIssues(id: string, filter: ImportIssueFilter, { enabled = true } = {}) {
  return useInfiniteQuery({ ...listImportIssuesQueryOptions(id, filter), enabled })
}
