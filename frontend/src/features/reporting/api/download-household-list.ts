import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'
import type { MovementFormat } from './download-movement'
import type { HouseholdListQuery } from './get-household-list'

export interface HouseholdListDownload extends HouseholdListQuery {
  format: MovementFormat
}

/** The whole detailed list as a file (not a page): XLSX laid out like the official form, or CSV. */
export async function downloadHouseholdList({ areaCode, year, kind, format }: HouseholdListDownload): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/reports/household-list/download', {
    params: { query: { areaCode, year, kind, format } },
    parseAs: 'blob',
  })
  const fallback = `danh-sach-${kind === 'POOR' ? 'ho-ngheo' : 'ho-can-ngheo'}-${areaCode}-${year}.${format}`
  return { blob: requireData(result) as Blob, fileName: fileNameOf(result.response, fallback) }
}

export function useDownloadHouseholdList() {
  return useMutation({ mutationFn: downloadHouseholdList, onSuccess: saveFile })
}
