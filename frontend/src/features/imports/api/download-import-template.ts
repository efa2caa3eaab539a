import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'

export type TemplateFormat = 'xlsx' | 'csv'

export interface TemplateDownload {
  /** The commune or province the file will be for: its communes and villages fill the XLSX dropdowns. */
  areaCode: string
  format: TemplateFormat
}

/** The household template: XLSX with dropdowns and instructions, or CSV with the headers only. */
export async function downloadImportTemplate({ areaCode, format }: TemplateDownload): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/imports/templates/{kind}', {
    params: { path: { kind: 'HOUSEHOLDS' }, query: { areaCode, format } },
    parseAs: 'blob',
  })
  const fallback = format === 'csv' ? 'mau-nhap-ho.csv' : `mau-nhap-ho-${areaCode}.xlsx`
  return { blob: requireData(result) as Blob, fileName: fileNameOf(result.response, fallback) }
}

export function useDownloadImportTemplate() {
  return useMutation({ mutationFn: downloadImportTemplate, onSuccess: saveFile })
}
