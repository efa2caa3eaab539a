import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData } from '@/lib/api-client'
import { standardQueryKey, type Standard } from './get-standard'
import { standardsQueryKey } from './list-standards'

/** Withdraws a published standard: its years are then governed by none until another is published. */
export async function retireStandard(standard: Pick<Standard, 'code' | 'version'>): Promise<Standard> {
  return requireData(
    await apiClient.POST('/api/v1/standards/{code}/retirement', {
      params: { path: { code: standard.code }, header: { 'If-Match': ifMatch(standard.version) } },
    }),
  )
}

export function useRetireStandard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: retireStandard,
    onSuccess: async (retired) => {
      queryClient.setQueryData(standardQueryKey(retired.code), retired)
      await queryClient.invalidateQueries({ queryKey: standardsQueryKey })
    },
  })
}
