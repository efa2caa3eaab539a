import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { SupportReport } from './get-group-report'
import { supportKeys } from './keys'

/** What an agency did in a year, over its groups; items and value count its own giving. */
export async function getAgencyReport(agencyId: string, year: number, signal?: AbortSignal): Promise<SupportReport> {
  return requireData(
    await apiClient.GET('/api/v1/support/agencies/{id}/report', { params: { path: { id: agencyId }, query: { year } }, signal }),
  )
}

export const getAgencyReportQueryOptions = (agencyId: string, year: number) =>
  queryOptions({
    queryKey: supportKeys.agencyReport(agencyId, year),
    queryFn: ({ signal }) => getAgencyReport(agencyId, year, signal),
  })

export function useAgencyReport(agencyId: string | undefined, year: number) {
  return useQuery({ ...getAgencyReportQueryOptions(agencyId ?? '', year), enabled: Boolean(agencyId) })
}
