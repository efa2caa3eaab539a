import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData } from '@/lib/api-client'
import type { ObligationRequest } from './create-obligation'
import { invalidateReporting } from './invalidate-reporting'
import type { Obligation } from './list-obligations'

export interface UpdateObligationInput {
  obligation: Pick<Obligation, 'code' | 'version'>
  /** Without a code (an obligation keeps its own: 422 reporting.code_fixed otherwise). */
  body: Omit<ObligationRequest, 'code'>
}

/**
 * Changes an obligation's rule (admin). A new schedule re-plans the periods not yet due that nobody
 * has sent, deactivating withdraws them; so everything reporting reads is read again. 412 when
 * someone changed it since `obligation.version`; 409 reporting.obligation_in_use when its owners or
 * content change once submissions exist.
 */
export async function updateObligation({ obligation, body }: UpdateObligationInput): Promise<Obligation> {
  return requireData(
    await apiClient.PUT('/api/v1/reporting/obligations/{code}', {
      params: { path: { code: obligation.code }, header: { 'If-Match': ifMatch(obligation.version) } },
      body,
    }),
  )
}

export function useUpdateObligation() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updateObligation, onSuccess: () => invalidateReporting(queryClient) })
}
