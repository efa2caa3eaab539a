import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reportingQueryKey } from './keys'

export type TransitionMatrix = Schemas['TransitionMatrix']

export interface TransitionsQuery {
  areaCode: string
  fromYear: number
  toYear: number
}

export async function getTransitions({ areaCode, fromYear, toYear }: TransitionsQuery, signal?: AbortSignal) {
  return requireData(
    await apiClient.GET('/api/v1/reports/transitions', { params: { query: { areaCode, fromYear, toYear } }, signal }),
  )
}

export const getTransitionsQueryOptions = (query: TransitionsQuery) =>
  queryOptions({
    queryKey: [...reportingQueryKey, 'transitions', query],
    queryFn: ({ signal }) => getTransitions(query, signal),
    placeholderData: keepPreviousData,
  })

/** How many households moved from each class (or no record) to each class between two reviews. */
export function useTransitions(query: TransitionsQuery | undefined) {
  return useQuery({
    ...getTransitionsQueryOptions(query ?? { areaCode: '', fromYear: 0, toYear: 0 }),
    enabled: query !== undefined,
  })
}
