import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { Finding } from './pair-groups'

export type FindingRequest = Schemas['FindingRequest']

export interface RecordFindingInput {
  checkId: string
  body: FindingRequest
}

/** What the inspecting group found at a household (and about one of its items, if one). */
export async function recordFinding({ checkId, body }: RecordFindingInput): Promise<Finding> {
  return requireData(
    await apiClient.POST('/api/v1/support/cross-checks/{id}/findings', { params: { path: { id: checkId } }, body }),
  )
}

export function useRecordFinding() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: recordFinding, onSuccess: () => invalidateSupport(queryClient) })
}
