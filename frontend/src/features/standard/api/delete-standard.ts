import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch } from '@/lib/api-client'
import { standardQueryKey, type Standard } from './get-standard'
import { listStandardsQueryOptions } from './list-standards'

/** Deletes a draft (409 standard.not_a_draft otherwise). */
export async function deleteStandard(standard: Pick<Standard, 'code' | 'version'>): Promise<void> {
  await apiClient.DELETE('/api/v1/standards/{code}', {
    params: { path: { code: standard.code }, header: { 'If-Match': ifMatch(standard.version) } },
  })
}

export function useDeleteStandard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteStandard,
    onSuccess: async (_, standard) => {
      // Marked stale without refetching: the page showing it is about to leave.
      await queryClient.invalidateQueries({ queryKey: standardQueryKey(standard.code), refetchType: 'none' })
      await queryClient.invalidateQueries({ queryKey: listStandardsQueryOptions().queryKey })
    },
  })
}
