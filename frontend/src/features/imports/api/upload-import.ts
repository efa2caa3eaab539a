import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import type { ImportJob, ImportMode } from './get-import'
import { importJobQueryKey, importListsQueryKey } from './keys'

export interface UploadImportInput {
  file: File
  /** The commune (5 digits) or province (2 digits) the file is for. */
  areaCode: string
  mode: ImportMode
}

/** Sends the file (multipart); the job is queued at once (202) and works on in the background. */
export async function uploadImport({ file, areaCode, mode }: UploadImportInput): Promise<ImportJob> {
  return requireData(
    await apiClient.POST('/api/v1/imports', {
      // The typed body names the parts; the serializer sends them as multipart/form-data with the file itself.
      body: { file: file.name, areaCode, mode },
      bodySerializer: (body) => {
        const form = new FormData()
        form.append('file', file, file.name)
        form.append('areaCode', body.areaCode)
        if (body.mode) form.append('mode', body.mode)
        return form
      },
    }),
  )
}

export function useUploadImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: async (job) => {
      queryClient.setQueryData(importJobQueryKey(job.id), job)
      await queryClient.invalidateQueries({ queryKey: importListsQueryKey })
    },
  })
}
