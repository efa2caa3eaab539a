import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type SupportReport = Schemas['SupportReport']

/** What a group did in a year: households, plans, items and value, visits, findings, escapes. */
export async function getGroupReport(groupId: string, year: number, signal?: AbortSignal): Promise<SupportReport> {
  return requireData(
    await apiClient.GET('/api/v1/support/groups/{id}/report', { params: { path: { id: groupId }, query: { year } }, signal }),
  )
}

export const getGroupReportQueryOptions = (groupId: string, year: number) =>
  queryOptions({
    queryKey: supportKeys.groupReport(groupId, year),
    queryFn: ({ signal }) => getGroupReport(groupId, year, signal),
  })

export function useGroupReport(groupId: string | undefined, year: number) {
  return useQuery({ ...getGroupReportQueryOptions(groupId ?? '', year), enabled: Boolean(groupId) })
}
