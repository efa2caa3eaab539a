import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type CompareRequest = Schemas['CompareRequest']
export type Comparison = Schemas['ComparisonView']

/** The same household under each standard named, in the order given (what-if). */
export async function compareStandards(body: CompareRequest): Promise<Comparison> {
  return requireData(await apiClient.POST('/api/v1/classification/compare', { body }))
}

export function useCompareStandards() {
  return useMutation({ mutationFn: compareStandards })
}
