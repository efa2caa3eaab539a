import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

/** The chairman's decision (Mẫu 02) with its annex; a draft (DỰ THẢO) until the campaign is decided. */
export async function downloadDecision(campaignId: string): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/review-campaigns/{id}/documents/decision', {
    params: { path: { id: campaignId } },
    parseAs: 'blob',
  })
  return { blob: requireData(result), fileName: fileNameOf(result.response, 'quyet-dinh.pdf') }
}

export function useDownloadDecision() {
  return useMutation({ mutationFn: downloadDecision, onSuccess: saveFile })
}
