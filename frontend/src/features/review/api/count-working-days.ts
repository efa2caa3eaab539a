import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reviewsQueryKey } from './list-campaigns'

export type WorkingDays = Schemas['WorkingDaysView']

/** The last day of `days` working days from `startsOn` (weekends and public holidays skipped). */
export async function countWorkingDays(startsOn: string, days: number, signal?: AbortSignal): Promise<WorkingDays> {
  return requireData(await apiClient.GET('/api/v1/working-days', { params: { query: { startsOn, days } }, signal }))
}

export const countWorkingDaysQueryOptions = (startsOn: string, days: number) =>
  queryOptions({
    queryKey: [...reviewsQueryKey, 'working-days', startsOn, days],
    queryFn: ({ signal }) => countWorkingDays(startsOn, days, signal),
    // Holidays change rarely.
    staleTime: 10 * 60 * 1000,
  })

/** The end of a period, once both its start and its length are known. */
export function useWorkingDays(startsOn: string | undefined, days: number | undefined) {
  return useQuery({
    ...countWorkingDaysQueryOptions(startsOn ?? '', days ?? 0),
    enabled: Boolean(startsOn) && days !== undefined && Number.isInteger(days) && days >= 1 && days <= 60,
  })
}
