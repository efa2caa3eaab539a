import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type SupportKind = Schemas['SupportKindView']

/** The support catalogue: each kind with what it addresses and the province's policy on it. */
export async function listKinds(provinceCode: string | undefined, signal?: AbortSignal): Promise<SupportKind[]> {
  return requireData(
    await apiClient.GET('/api/v1/support/catalogue', { params: { query: { provinceCode: provinceCode || undefined } }, signal }),
  )
}

export const listKindsQueryOptions = (provinceCode: string | undefined) =>
  queryOptions({
    queryKey: supportKeys.catalogue(provinceCode),
    queryFn: ({ signal }) => listKinds(provinceCode, signal),
    staleTime: 5 * 60 * 1000,
  })

export function useKinds(provinceCode: string | undefined, { enabled = true } = {}) {
  return useQuery({ ...listKindsQueryOptions(provinceCode), enabled })
}
