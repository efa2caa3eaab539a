import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type TargetPage = Schemas['TargetPage']
/**
 * A household to support. Taken from the page rather than by schema name: the reporting feature's
 * own `TargetView` made the generator rename this one (`TargetView1`).
 */
export type Target = TargetPage['items'][number]
export type SupportType = Schemas['SupportType']

export const SUPPORT_TYPES = [
  'LAND_AND_LABOUR',
  'OLD_AGE_OR_LOST_CAPACITY',
  'ILLNESS',
  'OTHER',
] as const satisfies readonly SupportType[]

/**
 * Which households to support: a commune's poor and near-poor households and every household a
 * group helps (officers choose the commune); a helping agency's user sees its groups' households.
 */
export interface TargetFilter {
  communeCode?: string
  groupId?: string
  /** false: only the households no group helps yet. */
  assigned?: boolean
}

export const TARGET_PAGE_SIZE = 100

function targetQuery(filter: TargetFilter, after?: string) {
  return {
    communeCode: filter.communeCode || undefined,
    groupId: filter.groupId || undefined,
    assigned: filter.assigned,
    limit: TARGET_PAGE_SIZE,
    after,
  }
}

export async function listTargets(filter: TargetFilter, after?: string, signal?: AbortSignal): Promise<TargetPage> {
  return requireData(
    await apiClient.GET('/api/v1/support/households', { params: { query: targetQuery(filter, after) }, signal }),
  )
}

export const listTargetsQueryOptions = (filter: TargetFilter) =>
  infiniteQueryOptions({
    queryKey: supportKeys.targets(targetQuery(filter)),
    queryFn: ({ pageParam, signal }) => listTargets(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

export function useTargets(filter: TargetFilter, { enabled = true } = {}) {
  return useInfiniteQuery({ ...listTargetsQueryOptions(filter), enabled })
}
