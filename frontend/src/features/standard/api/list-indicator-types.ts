import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type IndicatorType = Schemas['IndicatorType']
export type ParameterSpec = Schemas['ParameterView']

export async function listIndicatorTypes(signal?: AbortSignal): Promise<IndicatorType[]> {
  return requireData(await apiClient.GET('/api/v1/standards/indicator-types', { signal }))
}

export const listIndicatorTypesQueryOptions = () =>
  queryOptions({
    queryKey: ['indicator-types'],
    queryFn: ({ signal }) => listIndicatorTypes(signal),
    // The catalogue is code: it changes with a release, not during a session.
    staleTime: 60 * 60 * 1000,
  })

export function useIndicatorTypes() {
  return useQuery(listIndicatorTypesQueryOptions())
}
