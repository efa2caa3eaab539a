import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateReporting } from './invalidate-reporting'
import type { Obligation } from './list-obligations'

export type ObligationRequest = Schemas['ObligationRequest']

/**
 * Creates a local obligation (admin); its expected submissions are planned at once, so the lists,
 * reminders and deadline calendars are read again. 409 reporting.obligation_exists for a code in
 * use; 422 for a schedule that makes no sense (reporting.invalid_periods, invalid_due_date,
 * invalid_recipient, content_not_for_owner) or invalid fields (validation.failed).
 */
export async function createObligation(body: ObligationRequest): Promise<Obligation> {
  return requireData(await apiClient.POST('/api/v1/reporting/obligations', { body }))
}

export function useCreateObligation() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createObligation, onSuccess: () => invalidateReporting(queryClient) })
}
