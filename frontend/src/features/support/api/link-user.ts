import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { invalidateSupport } from './invalidate-support'
import type { Agency } from './list-agencies'

export interface LinkUserInput {
  agencyId: string
  username: string
}

/**
 * Links a user (role support_agency) to the agency: from then on they see the households of its
 * groups. Linking again moves the user to this agency.
 */
export async function linkUser({ agencyId, username }: LinkUserInput): Promise<Agency> {
  return requireData(
    await apiClient.PUT('/api/v1/support/agencies/{id}/users/{username}', { params: { path: { id: agencyId, username } } }),
  )
}

export function useLinkUser() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: linkUser, onSuccess: () => invalidateSupport(queryClient) })
}
