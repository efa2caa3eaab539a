import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { ImportJob } from './get-import'
import { importJobQueryKey, importListsQueryKey } from './keys'

/** Gives the import up (until its commit starts; 409 import.not_cancellable after): nothing is written. */
export async function cancelImport(id: string): Promise<ImportJob> {
  return requireData(await apiClient.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } }))
}

export function useCancelImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: cancelImport,
    onSuccess: async (job) => {
      queryClient.setQueryData(importJobQueryKey(job.id), job)
      await queryClient.invalidateQueries({ queryKey: importListsQueryKey })
    },
  })
}
