import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { HelpGroup } from './list-groups'

export type HelpGroupRequest = Schemas['HelpGroupRequest']

/** Forms a help group: a lead agency, member agencies and the communes it serves. */
export async function createGroup(body: HelpGroupRequest): Promise<HelpGroup> {
  return requireData(await apiClient.POST('/api/v1/support/groups', { body }))
}

export function useCreateGroup() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createGroup, onSuccess: () => invalidateSupport(queryClient) })
}
