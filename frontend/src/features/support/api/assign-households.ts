import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { HelpGroup } from './list-groups'

export type AssignHouseholdsRequest = Schemas['AssignHouseholdsRequest']

export interface AssignHouseholdsInput {
  groupId: string
  body: AssignHouseholdsRequest
}

/** The group helps these households from now on (a household assigned elsewhere moves). */
export async function assignHouseholds({ groupId, body }: AssignHouseholdsInput): Promise<HelpGroup> {
  return requireData(
    await apiClient.POST('/api/v1/support/groups/{id}/households', { params: { path: { id: groupId } }, body }),
  )
}

export function useAssignHouseholds() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: assignHouseholds, onSuccess: () => invalidateSupport(queryClient) })
}
