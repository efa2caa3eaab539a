import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData } from '@/lib/api-client'
import { standardQueryKey, type Standard, type StandardDefinition } from './get-standard'
import { standardsQueryKey } from './list-standards'

export interface UpdateStandardInput {
  standard: Pick<Standard, 'code' | 'version'>
  definition: StandardDefinition
}

/**
 * Saves a standard's definition. 412 when someone changed it since `standard.version`, 409
 * standard.not_editable when the change touches what may no longer change, 422 standard.invalid.
 */
export async function updateStandard({ standard, definition }: UpdateStandardInput): Promise<Standard> {
  return requireData(
    await apiClient.PUT('/api/v1/standards/{code}', {
      params: { path: { code: standard.code }, header: { 'If-Match': ifMatch(standard.version) } },
      body: definition,
    }),
  )
}

export function useUpdateStandard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateStandard,
    onSuccess: async (saved) => {
      queryClient.setQueryData(standardQueryKey(saved.code), saved)
      await queryClient.invalidateQueries({ queryKey: standardsQueryKey })
    },
  })
}
