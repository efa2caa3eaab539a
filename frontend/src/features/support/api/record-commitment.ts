import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Plan } from './get-plan'
import { planChanged } from './invalidate-support'

export type CommitmentRequest = Schemas['CommitmentRequest']

export interface RecordCommitmentInput {
  planId: string
  body: CommitmentRequest
}

/** The signed commitment (bản cam kết): date, signatories and the scanned file (base64); once per plan. */
export async function recordCommitment({ planId, body }: RecordCommitmentInput): Promise<Plan> {
  return requireData(
    await apiClient.POST('/api/v1/support/plans/{id}/commitment', { params: { path: { id: planId } }, body }),
  )
}

export function useRecordCommitment() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: recordCommitment, onSuccess: (plan) => planChanged(queryClient, plan) })
}
