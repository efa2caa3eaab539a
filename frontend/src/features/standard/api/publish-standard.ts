import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData } from '@/lib/api-client'
import { standardQueryKey, type Standard } from './get-standard'
import { standardsQueryKey } from './list-standards'

/**
 * Publishes a draft; the standard it was copied from is retired when their years overlap.
 * 422 standard.invalid (with violations) when the draft is not valid.
 */
export async function publishStandard(standard: Pick<Standard, 'code' | 'version'>): Promise<Standard> {
  return requireData(
    await apiClient.POST('/api/v1/standards/{code}/publication', {
      params: { path: { code: standard.code }, header: { 'If-Match': ifMatch(standard.version) } },
    }),
  )
}

export function usePublishStandard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: publishStandard,
    onSuccess: async (published) => {
      queryClient.setQueryData(standardQueryKey(published.code), published)
      await queryClient.invalidateQueries({ queryKey: standardsQueryKey })
    },
  })
}
