import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'
import type { MovementFormat } from './download-movement'
import type { TableReportQuery } from './get-table-report'

export interface TableReportDownload extends TableReportQuery {
  format: MovementFormat
}

/** A statutory table as a file: XLSX laid out like the official form, or CSV. */
export async function downloadTableReport({ name, areaCode, year, kind, format }: TableReportDownload): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/reports/tables/{name}/download', {
    params: { path: { name }, query: { areaCode, year, kind, format } },
    parseAs: 'blob',
  })
  return { blob: requireData(result) as Blob, fileName: fileNameOf(result.response, `bieu-${name}-${areaCode}-${year}.${format}`) }
}

export function useDownloadTableReport() {
  return useMutation({ mutationFn: downloadTableReport, onSuccess: saveFile })
}
