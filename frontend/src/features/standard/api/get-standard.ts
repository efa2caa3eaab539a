import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { standardsQueryKey } from './list-standards'

export type Standard = Schemas['StandardView']
export type StandardDefinition = Schemas['StandardDefinition']
export type Dimension = Schemas['Dimension']
export type Indicator = Schemas['Indicator']
export type Editability = Schemas['Editability']

export async function getStandard(code: string, signal?: AbortSignal): Promise<Standard> {
  return requireData(await apiClient.GET('/api/v1/standards/{code}', { params: { path: { code } }, signal }))
}

export const standardQueryKey = (code: string) => [...standardsQueryKey, 'standard', code] as const

export const getStandardQueryOptions = (code: string) =>
  queryOptions({
    queryKey: standardQueryKey(code),
    queryFn: ({ signal }) => getStandard(code, signal),
    staleTime: 5 * 60 * 1000,
  })

export function useStandard(code: string) {
  return useQuery(getStandardQueryOptions(code))
}

/** Several standards at once (the classification page needs the definition of each). */
export function useStandardList(codes: readonly string[]) {
  return useQueries({
    queries: codes.map((code) => getStandardQueryOptions(code)),
    combine: (results) => ({
      standards: results.flatMap((result) => (result.data ? [result.data] : [])),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
    }),
  })
}
