import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reportingQueryKey } from './keys'

export type MovementReport = Schemas['MovementReport']
export type MovementRow = Schemas['MovementRow']
export type MovementFigures = Schemas['MovementFigures']
export type MovementKind = Schemas['MovementKind']
export type Count = Schemas['Count']

export const MOVEMENT_KINDS = ['POOR', 'NEAR_POOR'] as const satisfies readonly MovementKind[]

export interface MovementQuery {
  /** A commune (by village) or a province (by commune). */
  areaCode: string
  /** The review compared with the one of the year before. */
  year: number
  kind: MovementKind
}

export async function getMovement({ areaCode, year, kind }: MovementQuery, signal?: AbortSignal): Promise<MovementReport> {
  const result = await apiClient.GET('/api/v1/reports/movement', {
    params: { query: { areaCode, year, kind } },
    signal,
  })
  // The operation also serves XLSX and CSV; asked for JSON, the body is the report.
  return requireData(result) as MovementReport
}

export const getMovementQueryOptions = (query: MovementQuery) =>
  queryOptions({
    queryKey: [...reportingQueryKey, 'movement', query],
    queryFn: ({ signal }) => getMovement(query, signal),
    placeholderData: keepPreviousData,
  })

/** Movement of poor (or near-poor) households between two reviews, by village or commune. */
export function useMovement(query: MovementQuery | undefined) {
  return useQuery({ ...getMovementQueryOptions(query ?? { areaCode: '', year: 0, kind: 'POOR' }), enabled: query !== undefined })
}
