import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

/** The file's rows as they were, with a last column "Lỗi" saying what is wrong with each (an XLSX). */
export async function downloadImportErrors(id: string): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/imports/{id}/error-workbook', {
    params: { path: { id } },
    parseAs: 'blob',
  })
  return { blob: requireData(result) as Blob, fileName: fileNameOf(result.response, `loi-nhap-${id}.xlsx`) }
}

export function useDownloadImportErrors() {
  return useMutation({ mutationFn: downloadImportErrors, onSuccess: saveFile })
}
