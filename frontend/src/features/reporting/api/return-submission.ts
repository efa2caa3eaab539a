import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { invalidateReporting } from './invalidate-reporting'
import type { Submission } from './list-submissions'

export interface ReturnSubmissionInput {
  id: string
  reason: string
}

/** The recipient returns a sent report with a reason; the unit sends it again. */
export async function returnSubmission({ id, reason }: ReturnSubmissionInput): Promise<Submission> {
  return requireData(
    await apiClient.POST('/api/v1/reporting/submissions/{id}/return', { params: { path: { id } }, body: { reason } }),
  )
}

export function useReturnSubmission() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: returnSubmission, onSuccess: () => invalidateReporting(queryClient) })
}
