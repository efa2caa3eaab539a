import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'
import type { MovementQuery } from './get-movement'

export type MovementFormat = 'xlsx' | 'csv'

export interface MovementDownload extends MovementQuery {
  format: MovementFormat
}

/**
 * The movement report as a file: XLSX laid out like the official form, or CSV. Fetched through the
 * API client (the bearer token rides along), then handed to the browser.
 */
export async function downloadMovement({ areaCode, year, kind, format }: MovementDownload): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/reports/movement/download', {
    params: { query: { areaCode, year, kind, format } },
    parseAs: 'blob',
  })
  const fallback = `dien-bien-${kind === 'POOR' ? 'ho-ngheo' : 'ho-can-ngheo'}-${areaCode}-${year}.${format}`
  return { blob: requireData(result) as Blob, fileName: fileNameOf(result.response, fallback) }
}

export function useDownloadMovement() {
  return useMutation({ mutationFn: downloadMovement, onSuccess: saveFile })
}
