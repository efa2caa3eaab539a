import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'
import { fileNameOf, saveFile, type DownloadedFile } from '@/lib/download'
import { householdListQuery, type HouseholdFilter } from './list-households'

export type HouseholdFileFormat = 'xlsx' | 'csv'

export interface HouseholdsDownload {
  filter: HouseholdFilter
  format: HouseholdFileFormat
}

/** Every household of the list's filter as one file (not a page): XLSX or CSV. */
export async function downloadHouseholds({ filter, format }: HouseholdsDownload): Promise<DownloadedFile> {
  const { limit: _limit, after: _after, ...query } = householdListQuery(filter)
  const result = await apiClient.GET('/api/v1/households/export', {
    params: { query: { ...query, format } },
    parseAs: 'blob',
  })
  const fallback = `danh-sach-ho-${filter.communeCode ?? filter.provinceCode ?? 'tat-ca'}.${format}`
  return { blob: requireData(result) as Blob, fileName: fileNameOf(result.response, fallback) }
}

export function useDownloadHouseholds() {
  return useMutation({ mutationFn: downloadHouseholds, onSuccess: saveFile })
}
