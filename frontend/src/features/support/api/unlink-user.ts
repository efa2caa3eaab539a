import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { LinkUserInput } from './link-user'

/** Unlinks a user from the agency (they then see no household until linked again). */
export async function unlinkUser({ agencyId, username }: LinkUserInput): Promise<void> {
  await apiClient.DELETE('/api/v1/support/agencies/{id}/users/{username}', { params: { path: { id: agencyId, username } } })
}

export function useUnlinkUser() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: unlinkUser, onSuccess: () => invalidateSupport(queryClient) })
}
