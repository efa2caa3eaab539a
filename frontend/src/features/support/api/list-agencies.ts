import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type Agency = Schemas['AgencyView']
export type AgencyKind = Schemas['AgencyKind']
export type AgencyLevel = Schemas['AgencyLevel']

export const AGENCY_KINDS = [
  'GOVERNMENT_OFFICE',
  'PARTY_OR_MASS_ORGANISATION',
  'ARMED_FORCES_OR_POLICE',
  'PUBLIC_SERVICE_UNIT',
  'ENTERPRISE',
  'OTHER',
] as const satisfies readonly AgencyKind[]
export const AGENCY_LEVELS = ['NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'] as const satisfies readonly AgencyLevel[]

/** The helping agencies of a province, with the users linked to each (officers only). */
export async function listAgencies(provinceCode: string, signal?: AbortSignal): Promise<Agency[]> {
  return requireData(await apiClient.GET('/api/v1/support/agencies', { params: { query: { provinceCode } }, signal }))
}

export const listAgenciesQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: supportKeys.agencies(provinceCode),
    queryFn: ({ signal }) => listAgencies(provinceCode, signal),
  })

export function useAgencies(provinceCode: string | undefined, { enabled = true } = {}) {
  return useQuery({ ...listAgenciesQueryOptions(provinceCode ?? ''), enabled: enabled && Boolean(provinceCode) })
}
