import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { householdQueryKey } from './get-household'

export type CitizenId = Schemas['CitizenIdView']

export interface MemberRef {
  householdId: string
  memberId: string
}

/** A member's citizen ID in full. Every read is written to the audit trail. */
export async function getMemberCitizenId({ householdId, memberId }: MemberRef): Promise<CitizenId> {
  return requireData(
    await apiClient.GET('/api/v1/households/{id}/members/{memberId}/citizen-id', {
      params: { path: { id: householdId, memberId } },
    }),
  )
}

/**
 * A mutation, not a query: the read is audited, so it runs only when the officer asks for it and
 * is never cached or retried. The audit trail is refreshed afterwards.
 */
export function useMemberCitizenId() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: getMemberCitizenId,
    onSuccess: (_, { householdId }) =>
      queryClient.invalidateQueries({ queryKey: [...householdQueryKey(householdId), 'audit'] }),
  })
}
