import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type SupportEffect = Schemas['SupportEffect']
export type KindEffect = Schemas['KindEffect']

/**
 * What support changed, for a province or a commune and a year: per kind delivered, the share of
 * households no longer deprived in what it targets at their next record; planned escapes vs escaped.
 */
export async function getEffect(areaCode: string, year: number, signal?: AbortSignal): Promise<SupportEffect> {
  return requireData(await apiClient.GET('/api/v1/support/effect', { params: { query: { areaCode, year } }, signal }))
}

export const getEffectQueryOptions = (areaCode: string, year: number) =>
  queryOptions({
    queryKey: supportKeys.effect(areaCode, year),
    queryFn: ({ signal }) => getEffect(areaCode, year, signal),
  })

export function useSupportEffect(areaCode: string | undefined, year: number) {
  return useQuery({ ...getEffectQueryOptions(areaCode ?? '', year), enabled: Boolean(areaCode) })
}
