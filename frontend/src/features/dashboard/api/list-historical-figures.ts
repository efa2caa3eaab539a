import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { dashboardQueryKey } from './get-dashboard'

export type HistoricalFigure = Schemas['HistoricalFigureView']

export async function listHistoricalFigures(unitCode: string, signal?: AbortSignal): Promise<HistoricalFigure[]> {
  return requireData(
    await apiClient.GET('/api/v1/historical-figures/{unitCode}', { params: { path: { unitCode } }, signal }),
  )
}

export const listHistoricalFiguresQueryOptions = (unitCode: string) =>
  queryOptions({
    queryKey: [...dashboardQueryKey(unitCode), 'historical-figures'],
    queryFn: ({ signal }) => listHistoricalFigures(unitCode, signal),
  })

/** A unit's yearly figures entered by hand (oldest year first). */
export function useHistoricalFigures(unitCode: string, { enabled = true } = {}) {
  return useQuery({ ...listHistoricalFiguresQueryOptions(unitCode), enabled: enabled && unitCode !== '' })
}
