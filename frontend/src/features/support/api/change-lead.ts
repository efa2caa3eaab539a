import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { HelpGroup } from './list-groups'

export type LeadChangeRequest = Schemas['LeadChangeRequest']

export interface ChangeLeadInput {
  group: Pick<HelpGroup, 'id' | 'version'>
  body: LeadChangeRequest
}

/** Hands the lead to another agency from a date, for a reason; 412 if someone changed the group. */
export async function changeLead({ group, body }: ChangeLeadInput): Promise<HelpGroup> {
  return requireData(
    await apiClient.PUT('/api/v1/support/groups/{id}/lead', {
      params: { path: { id: group.id }, header: { 'If-Match': ifMatch(group.version) } },
      body,
    }),
  )
}

export function useChangeLead() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: changeLead, onSuccess: () => invalidateSupport(queryClient) })
}
