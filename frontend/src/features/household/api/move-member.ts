import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData, type Schemas } from '@/lib/api-client'
import type { Member } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export type MoveMemberRequest = Schemas['MoveMemberRequest']

export interface MoveMemberInput {
  householdId: string
  member: Pick<Member, 'id' | 'version'>
  body: MoveMemberRequest
}

/** Moves a member to another household of the registry; resolves to the member there. */
export async function moveMember({ householdId, member, body }: MoveMemberInput): Promise<Member> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/members/{memberId}/move', {
      params: {
        path: { id: householdId, memberId: member.id },
        header: { 'If-Match': ifMatch(member.version) },
      },
      body,
    }),
  )
}

export function useMoveMember() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: moveMember,
    onSuccess: (_, { householdId, body }) => invalidateHouseholds(queryClient, householdId, body.targetHouseholdId),
  })
}
