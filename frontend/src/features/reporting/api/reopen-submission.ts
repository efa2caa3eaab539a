import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { invalidateReporting } from './invalidate-reporting'
import type { Submission } from './list-submissions'

export interface ReopenSubmissionInput {
  id: string
  /** yyyy-MM-dd, today or later (422 reporting.reopen_in_past). */
  until: string
}

/** The recipient lets a locked report still be sent, until a date. */
export async function reopenSubmission({ id, until }: ReopenSubmissionInput): Promise<Submission> {
  return requireData(
    await apiClient.POST('/api/v1/reporting/submissions/{id}/reopening', { params: { path: { id } }, body: { until } }),
  )
}

export function useReopenSubmission() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: reopenSubmission, onSuccess: () => invalidateReporting(queryClient) })
}
