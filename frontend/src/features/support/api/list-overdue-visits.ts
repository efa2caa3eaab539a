import { queryOptions, useQueries } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type OverdueVisit = Schemas['OverdueVisitView']

/** Households of a group (or of an agency's groups) with an active plan and no visit in the month. */
export interface OverdueFilter {
  /** yyyy-MM; the current month when absent. */
  month?: string
  groupId?: string
  agencyId?: string
}

export async function listOverdueVisits(filter: OverdueFilter, signal?: AbortSignal): Promise<OverdueVisit[]> {
  return requireData(
    await apiClient.GET('/api/v1/support/overdue-visits', {
      params: {
        query: { month: filter.month || undefined, groupId: filter.groupId || undefined, agencyId: filter.agencyId || undefined },
      },
      signal,
    }),
  )
}

export const listOverdueVisitsQueryOptions = (filter: OverdueFilter) =>
  queryOptions({
    queryKey: supportKeys.overdue({ month: filter.month ?? '', groupId: filter.groupId ?? '', agencyId: filter.agencyId ?? '' }),
    queryFn: ({ signal }) => listOverdueVisits(filter, signal),
  })

/** The overdue visits of a month of several groups (officers), or of the user's own groups (undefined). */
export function useOverdueVisitsOfGroups(groupIds: readonly string[] | undefined, month: string, { enabled = true } = {}) {
  const filters: OverdueFilter[] = groupIds === undefined ? [{ month }] : groupIds.map((groupId) => ({ groupId, month }))
  return useQueries({
    queries: filters.map((filter) => ({ ...listOverdueVisitsQueryOptions(filter), enabled })),
    combine: (results) => ({
      data: results.flatMap((result) => result.data ?? []),
      isPending: enabled && results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      refetch: () => results.forEach((result) => void result.refetch()),
    }),
  })
}
