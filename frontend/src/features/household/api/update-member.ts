import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData } from '@/lib/api-client'
import type { MemberRequest } from './create-household'
import type { Member } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export interface UpdateMemberInput {
  householdId: string
  member: Pick<Member, 'id' | 'version'>
  body: MemberRequest
}

/**
 * Replaces a member's facts (absent ones are cleared, the citizen ID too); If-Match is the
 * member's own version.
 */
export async function updateMember({ householdId, member, body }: UpdateMemberInput): Promise<Member> {
  return requireData(
    await apiClient.PUT('/api/v1/households/{id}/members/{memberId}', {
      params: {
        path: { id: householdId, memberId: member.id },
        header: { 'If-Match': ifMatch(member.version) },
      },
      body,
    }),
  )
}

export function useUpdateMember() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMember,
    onSuccess: (_, { householdId }) => invalidateHouseholds(queryClient, householdId),
  })
}
