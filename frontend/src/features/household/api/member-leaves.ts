import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Member } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type MemberLeavesRequest = Schemas['MemberLeavesRequest']

/** Why a member may leave here; moving to another household has its own operation. */
export const LEAVE_REASONS = ['MOVED_OUT', 'DIED'] as const satisfies readonly MemberLeavesRequest['reason'][]

export interface MemberLeavesInput {
  householdId: string
  member: Pick<Member, 'id' | 'version'>
  body: MemberLeavesRequest
}

/** Records that a member moved out or died; If-Match is the member's version. */
export async function memberLeaves({ householdId, member, body }: MemberLeavesInput): Promise<Member> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/members/{memberId}/departure', {
      params: {
        path: { id: householdId, memberId: member.id },
        header: { 'If-Match': ifMatch(member.version) },
      },
      body,
    }),
  )
}

export function useMemberLeaves() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: memberLeaves,
    onSuccess: (_, { householdId }) => invalidateHouseholds(queryClient, householdId),
  })
}
