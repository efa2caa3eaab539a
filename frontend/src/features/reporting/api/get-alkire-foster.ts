import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reportingQueryKey } from './keys'

export type AlkireFoster = Schemas['AlkireFosterView']
export type IndicatorMeasure = Schemas['IndicatorMeasure']

export interface AlkireFosterQuery {
  areaCode: string
  year: number
  /** Poverty cut-off: deprived in at least k indicators. */
  k: number
}

export async function getAlkireFoster({ areaCode, year, k }: AlkireFosterQuery, signal?: AbortSignal): Promise<AlkireFoster> {
  return requireData(await apiClient.GET('/api/v1/reports/alkire-foster', { params: { query: { areaCode, year, k } }, signal }))
}

export const getAlkireFosterQueryOptions = (query: AlkireFosterQuery) =>
  queryOptions({
    queryKey: [...reportingQueryKey, 'alkire-foster', query],
    queryFn: ({ signal }) => getAlkireFoster(query, signal),
    placeholderData: keepPreviousData,
  })

/** Headcount H, intensity A, adjusted headcount M0 and each indicator's share, for a year's records. */
export function useAlkireFoster(query: AlkireFosterQuery | undefined) {
  return useQuery({ ...getAlkireFosterQueryOptions(query ?? { areaCode: '', year: 0, k: 3 }), enabled: query !== undefined })
}
