import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { HistoricalFigure } from './list-historical-figures'
import { invalidateDashboards } from './invalidate-dashboards'

export type HistoricalFigureRequest = Schemas['HistoricalFigureRequest']

export interface PutHistoricalFigureInput {
  unitCode: string
  year: number
  body: HistoricalFigureRequest
}

/**
 * Enters (or replaces) a year's figures by hand, for years without household data in the registry;
 * answers the unit's figures. At least the poor or the near-poor are needed (422 historical.empty).
 */
export async function putHistoricalFigure({ unitCode, year, body }: PutHistoricalFigureInput): Promise<HistoricalFigure[]> {
  return requireData(
    await apiClient.PUT('/api/v1/historical-figures/{unitCode}/{year}', { params: { path: { unitCode, year } }, body }),
  )
}

export function usePutHistoricalFigure() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: putHistoricalFigure,
    onSuccess: () => invalidateDashboards(queryClient),
  })
}
