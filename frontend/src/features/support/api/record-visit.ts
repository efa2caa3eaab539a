import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Plan } from './get-plan'
import { planChanged } from './invalidate-support'

export type VisitRequest = Schemas['VisitRequest']

export interface RecordVisitInput {
  planId: string
  body: VisitRequest
}

/** A monthly follow-up visit: date, visitor, what was seen and the next step. */
export async function recordVisit({ planId, body }: RecordVisitInput): Promise<Plan> {
  return requireData(await apiClient.POST('/api/v1/support/plans/{id}/visits', { params: { path: { id: planId } }, body }))
}

export function useRecordVisit() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: recordVisit, onSuccess: (plan) => planChanged(queryClient, plan) })
}
