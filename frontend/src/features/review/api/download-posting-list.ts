import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

export type PostingListFormat = 'pdf' | 'xlsx'

export interface PostingListInput {
  campaignId: string
  /** One village's list; every village's without it. */
  villageId?: string
  format: PostingListFormat
}

/** The list for public posting (niêm yết): the confirmed households with their result, PDF or XLSX. */
export async function downloadPostingList({ campaignId, villageId, format }: PostingListInput): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/review-campaigns/{id}/documents/posting-list', {
    params: { path: { id: campaignId }, query: { villageId: villageId || undefined, format } },
    parseAs: 'blob',
  })
  return { blob: requireData(result), fileName: fileNameOf(result.response, `niem-yet.${format}`) }
}

export function useDownloadPostingList() {
  return useMutation({ mutationFn: downloadPostingList, onSuccess: saveFile })
}
