import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

export interface MinutesInput {
  campaignId: string
  meetingId: string
  /** The name it was uploaded under. */
  name?: string | null
}

/** A meeting's minutes as uploaded (PDF or image). */
export async function downloadMinutes({ campaignId, meetingId, name }: MinutesInput): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/review-campaigns/{id}/meetings/{meetingId}/minutes', {
    params: { path: { id: campaignId, meetingId } },
    parseAs: 'blob',
  })
  return { blob: requireData(result), fileName: fileNameOf(result.response, name || 'bien-ban-hop') }
}

export function useDownloadMinutes() {
  return useMutation({ mutationFn: downloadMinutes, onSuccess: saveFile })
}
