import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { householdQueryKey } from './get-household'

export type AuditEntry = Schemas['AuditEntryView']
export type AuditChange = Schemas['AuditChange']

/** Who changed what and when in a household and its members, newest first. */
export async function getAuditTrail(householdId: string, signal?: AbortSignal): Promise<AuditEntry[]> {
  return requireData(
    await apiClient.GET('/api/v1/households/{id}/audit', { params: { path: { id: householdId } }, signal }),
  )
}

export const getAuditTrailQueryOptions = (householdId: string) =>
  queryOptions({
    queryKey: [...householdQueryKey(householdId), 'audit'],
    queryFn: ({ signal }) => getAuditTrail(householdId, signal),
  })

export function useAuditTrail(householdId: string, { enabled = true } = {}) {
  return useQuery({ ...getAuditTrailQueryOptions(householdId), enabled })
}
