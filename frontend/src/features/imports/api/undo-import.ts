import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { ImportJob } from './get-import'
import { importJobQueryKey, importListsQueryKey } from './keys'

/**
 * Takes a committed import back whole (a job: UNDOING, then UNDONE). 409 import.undo_blocked, with the
 * households in its violations, once anything newer touched one of them.
 */
export async function undoImport(id: string): Promise<ImportJob> {
  return requireData(await apiClient.POST('/api/v1/imports/{id}/undo', { params: { path: { id } } }))
}

export function useUndoImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: undoImport,
    onSuccess: async (job) => {
      queryClient.setQueryData(importJobQueryKey(job.id), job)
      await queryClient.invalidateQueries({ queryKey: importListsQueryKey })
    },
  })
}
