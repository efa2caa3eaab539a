import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

export interface CommitmentFileInput {
  planId: string
  /** The name it was uploaded under. */
  name?: string | null
}

/** The scanned commitment as uploaded (PDF or image). */
export async function downloadCommitment({ planId, name }: CommitmentFileInput): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/support/plans/{id}/commitment/file', {
    params: { path: { id: planId } },
    parseAs: 'blob',
  })
  return { blob: requireData(result), fileName: fileNameOf(result.response, name || 'ban-cam-ket') }
}

export function useDownloadCommitment() {
  return useMutation({ mutationFn: downloadCommitment, onSuccess: saveFile })
}
