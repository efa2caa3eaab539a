import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { ImportJob, ImportMode } from './get-import'
import { importJobQueryKey, importListsQueryKey } from './keys'

export interface CommitImportInput {
  id: string
  /** How to commit; the mode chosen at upload when left out. */
  mode?: ImportMode
}

/**
 * Writes the validated households to the registry: the job goes on as COMMITTING (202). Refused with 409
 * import.has_rejected (all or nothing while a household is rejected) or import.not_validated.
 */
export async function commitImport({ id, mode }: CommitImportInput): Promise<ImportJob> {
  return requireData(
    await apiClient.POST('/api/v1/imports/{id}/commit', { params: { path: { id } }, body: mode ? { mode } : {} }),
  )
}

export function useCommitImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: commitImport,
    onSuccess: async (job) => {
      // The job's answer starts the polling again (a running phase).
      queryClient.setQueryData(importJobQueryKey(job.id), job)
      await queryClient.invalidateQueries({ queryKey: importListsQueryKey })
    },
  })
}
