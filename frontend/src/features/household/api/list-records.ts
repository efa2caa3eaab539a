import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { householdQueryKey } from './get-household'

export type HouseholdRecord = Schemas['RecordView']
export type PovertyCause = Schemas['PovertyCause']
export type SupportNeed = Schemas['SupportNeed']

/** A household's yearly records, newest year first; replaced ones (current = false) after their year's current one. */
export async function listRecords(householdId: string, signal?: AbortSignal): Promise<HouseholdRecord[]> {
  return requireData(
    await apiClient.GET('/api/v1/households/{id}/records', { params: { path: { id: householdId } }, signal }),
  )
}

export const listRecordsQueryOptions = (householdId: string) =>
  queryOptions({
    queryKey: [...householdQueryKey(householdId), 'records'],
    queryFn: ({ signal }) => listRecords(householdId, signal),
  })

export function useRecords(householdId: string) {
  return useQuery(listRecordsQueryOptions(householdId))
}
