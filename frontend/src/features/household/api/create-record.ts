import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateHouseholds } from './invalidate-households'
import type { HouseholdRecord } from './list-records'

export type RecordRequest = Schemas['RecordRequest']

export interface CreateRecordInput {
  householdId: string
  body: RecordRequest
}

/**
 * Stores a year's survey; the server classifies it with the members' current facts under the
 * standard of the year. A year that has a record already needs a correction reason (422).
 */
export async function createRecord({ householdId, body }: CreateRecordInput): Promise<HouseholdRecord> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/records', { params: { path: { id: householdId } }, body }),
  )
}

export function useCreateRecord() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createRecord,
    onSuccess: (_, { householdId }) => invalidateHouseholds(queryClient, householdId),
  })
}
