import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type EvaluateRequest = Schemas['EvaluateRequest']
export type ClassificationPreview = Schemas['ClassificationView']

/** The class a record being typed would get (POST /classification/evaluate: nothing is stored). */
export async function previewClassification(body: EvaluateRequest, signal?: AbortSignal): Promise<ClassificationPreview> {
  return requireData(await apiClient.POST('/api/v1/classification/evaluate', { body, signal }))
}

export const previewClassificationQueryOptions = (body: EvaluateRequest) =>
  queryOptions({
    queryKey: ['households', 'preview', body],
    queryFn: ({ signal }) => previewClassification(body, signal),
    staleTime: 60 * 1000,
    // The previous preview stays on screen while the next one is computed.
    placeholderData: keepPreviousData,
  })

/** A live preview: a query keyed by the (debounced) request; undefined while it is incomplete. */
export function useClassificationPreview(body: EvaluateRequest | undefined) {
  return useQuery({
    ...previewClassificationQueryOptions(body ?? { year: 0 }),
    enabled: body !== undefined,
  })
}
