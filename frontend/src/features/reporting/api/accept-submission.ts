import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { invalidateReporting } from './invalidate-reporting'
import type { Submission } from './list-submissions'

/** The recipient accepts a sent report. */
export async function acceptSubmission(id: string): Promise<Submission> {
  return requireData(await apiClient.POST('/api/v1/reporting/submissions/{id}/acceptance', { params: { path: { id } } }))
}

export function useAcceptSubmission() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: acceptSubmission, onSuccess: () => invalidateReporting(queryClient) })
}
