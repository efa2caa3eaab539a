import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reportingQueryKey } from './keys'

export type TimelinessReport = Schemas['TimelinessReport']
export type Timeliness = Schemas['Timeliness']

export interface TimelinessQuery {
  obligationCode: string
  /** The period's first day, yyyy-MM-dd. */
  periodStart: string
  /** A province or a commune; national users may leave it out (then by province). */
  areaCode?: string
}

export async function getTimeliness({ obligationCode, periodStart, areaCode }: TimelinessQuery, signal?: AbortSignal) {
  return requireData(
    await apiClient.GET('/api/v1/reporting/timeliness', {
      params: { query: { obligationCode, periodStart, areaCode: areaCode || undefined } },
      signal,
    }),
  )
}

export const getTimelinessQueryOptions = (query: TimelinessQuery) =>
  queryOptions({
    queryKey: [...reportingQueryKey, 'timeliness', query],
    queryFn: ({ signal }) => getTimeliness(query, signal),
    placeholderData: keepPreviousData,
  })

/** An obligation's period: expected, submitted, on time, late and missing, by unit and in total. */
export function useTimeliness(query: TimelinessQuery | undefined) {
  return useQuery({
    ...getTimelinessQueryOptions(query ?? { obligationCode: '', periodStart: '' }),
    enabled: query !== undefined,
  })
}
