import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateReporting } from './invalidate-reporting'
import type { Submission } from './list-submissions'

export type SubmissionRequest = Schemas['SubmissionRequest']

export interface SubmitReportInput {
  id: string
  body: SubmissionRequest
}

/**
 * Sends the report: the server computes its figures from the registry now and freezes them with
 * the narrative. Late after the due date; after the lock only once the recipient reopened it (409).
 */
export async function submitReport({ id, body }: SubmitReportInput): Promise<Submission> {
  return requireData(await apiClient.POST('/api/v1/reporting/submissions/{id}/submission', { params: { path: { id } }, body }))
}

export function useSubmitReport() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: submitReport, onSuccess: () => invalidateReporting(queryClient) })
}
