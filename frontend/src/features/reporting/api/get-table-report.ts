import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { MovementKind } from './get-movement'
import { tableReportsQueryKey } from './keys'

export type TableReport = Schemas['TableReport']
export type ReportColumn = Schemas['ReportColumn']
export type ReportRow = Schemas['ReportRow']

/** The statutory tables (Thông tư 07/2021, Phụ lục VII), in the form's order. */
export const TABLE_NAMES = ['summary', 'deprivations', 'subgroups', 'ethnicity', 'causes', 'children'] as const
export type TableName = (typeof TABLE_NAMES)[number]

export interface TableReportQuery {
  name: TableName
  /** A commune (by village) or a province (by commune). */
  areaCode: string
  year: number
  /** Poor or near-poor households; none for the summary, which counts every class. */
  kind?: MovementKind
}

export async function getTableReport({ name, areaCode, year, kind }: TableReportQuery, signal?: AbortSignal): Promise<TableReport> {
  const result = await apiClient.GET('/api/v1/reports/tables/{name}', {
    params: { path: { name }, query: { areaCode, year, kind } },
    signal,
  })
  // The operation also serves XLSX and CSV; asked for JSON, the body is the table.
  return requireData(result) as TableReport
}

export const getTableReportQueryOptions = (query: TableReportQuery) =>
  queryOptions({
    queryKey: [...tableReportsQueryKey, query],
    queryFn: ({ signal }) => getTableReport(query, signal),
    placeholderData: keepPreviousData,
  })

/** A statutory table of a year's review: a row per village or commune, its columns named by the server, the total. */
export function useTableReport(query: TableReportQuery | undefined) {
  return useQuery({ ...getTableReportQueryOptions(query ?? { name: 'summary', areaCode: '', year: 0 }), enabled: query !== undefined })
}
