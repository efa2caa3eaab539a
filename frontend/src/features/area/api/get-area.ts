import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type Area = Schemas['AreaView']

export async function getArea(code: string, signal?: AbortSignal): Promise<Area> {
  return requireData(await apiClient.GET('/api/v1/areas/{code}', { params: { path: { code } }, signal }))
}

export const getAreaQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['areas', 'area', code],
    queryFn: ({ signal }) => getArea(code, signal),
    staleTime: 60 * 60 * 1000,
  })

export function useArea(code: string) {
  return useQuery(getAreaQueryOptions(code))
}
