import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type Province = Schemas['ProvinceView']

export async function listProvinces(): Promise<Province[]> {
  return requireData(await apiClient.GET('/api/v1/provinces'))
}

export const listProvincesQueryOptions = () =>
  queryOptions({
    queryKey: ['areas', 'provinces'],
    queryFn: listProvinces,
    // The 34 provinces change by law, not during a session.
    staleTime: 60 * 60 * 1000,
  })

export function useProvinces() {
  return useQuery(listProvincesQueryOptions())
}
