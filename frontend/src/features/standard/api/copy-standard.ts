import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { standardQueryKey, type Standard } from './get-standard'
import { standardsQueryKey } from './list-standards'

export type CopyStandardRequest = Schemas['CopyStandardRequest']

/** Copies a standard into a new draft (201); 409 standard.duplicate_code when the code is taken. */
export async function copyStandard(code: string, body: CopyStandardRequest): Promise<Standard> {
  return requireData(await apiClient.POST('/api/v1/standards/{code}/copies', { params: { path: { code } }, body }))
}

export function useCopyStandard(code: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CopyStandardRequest) => copyStandard(code, body),
    onSuccess: async (draft) => {
      queryClient.setQueryData(standardQueryKey(draft.code), draft)
      await queryClient.invalidateQueries({ queryKey: standardsQueryKey })
    },
  })
}
