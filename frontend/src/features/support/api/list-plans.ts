import { queryOptions, useQueries } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type PlanSummary = Schemas['PlanSummary']

/** Plans of a group or of a household; nothing set: a helping agency's user's own groups. */
export interface PlanFilter {
  groupId?: string
  householdId?: string
  year?: number
}

export async function listPlans(filter: PlanFilter, signal?: AbortSignal): Promise<PlanSummary[]> {
  return requireData(
    await apiClient.GET('/api/v1/support/plans', {
      params: { query: { groupId: filter.groupId || undefined, householdId: filter.householdId || undefined, year: filter.year } },
      signal,
    }),
  )
}

export const listPlansQueryOptions = (filter: PlanFilter) =>
  queryOptions({
    queryKey: supportKeys.plans({ groupId: filter.groupId ?? '', householdId: filter.householdId ?? '', year: filter.year ?? null }),
    queryFn: ({ signal }) => listPlans(filter, signal),
  })

/**
 * The plans of a year of several groups (officers), or of the user's own groups (`groupIds`
 * undefined: a helping agency's user), in one list.
 */
export function usePlansOfGroups(groupIds: readonly string[] | undefined, year: number, { enabled = true } = {}) {
  const filters: PlanFilter[] = groupIds === undefined ? [{ year }] : groupIds.map((groupId) => ({ groupId, year }))
  return useQueries({
    queries: filters.map((filter) => ({ ...listPlansQueryOptions(filter), enabled })),
    combine: (results) => ({
      data: results.flatMap((result) => result.data ?? []),
      isPending: enabled && results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      refetch: () => results.forEach((result) => void result.refetch()),
    }),
  })
}

/** Plans still to deliver: some item planned and not yet delivered (cancelled ones do not count). */
export function plansToDeliver(plans: readonly PlanSummary[]): PlanSummary[] {
  return plans.filter((plan) => plan.items > plan.delivered)
}
