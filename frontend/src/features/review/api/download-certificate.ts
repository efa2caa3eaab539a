import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

export interface CertificateInput {
  campaignId: string
  itemId: string
  householdCode: string
}

/**
 * The household's certificate (Mẫu 03), for a household decided poor or near-poor (otherwise 422
 * review.certificate_unavailable).
 */
export async function downloadCertificate({ campaignId, itemId, householdCode }: CertificateInput): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/review-campaigns/{id}/items/{itemId}/certificate', {
    params: { path: { id: campaignId, itemId } },
    parseAs: 'blob',
  })
  return { blob: requireData(result), fileName: fileNameOf(result.response, `giay-chung-nhan-${householdCode}.pdf`) }
}

export function useDownloadCertificate() {
  return useMutation({ mutationFn: downloadCertificate, onSuccess: saveFile })
}
