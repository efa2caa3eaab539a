import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { MemberRequest } from './create-household'
import type { Member } from './get-household'
import { invalidateHouseholds } from './invalidate-households'

export interface AddMemberInput {
  householdId: string
  body: MemberRequest
}

/** A newborn or a person who joins (never as head: change the head afterwards). */
export async function addMember({ householdId, body }: AddMemberInput): Promise<Member> {
  return requireData(
    await apiClient.POST('/api/v1/households/{id}/members', { params: { path: { id: householdId } }, body }),
  )
}

export function useAddMember() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addMember,
    onSuccess: (_, { householdId }) => invalidateHouseholds(queryClient, householdId),
  })
}
