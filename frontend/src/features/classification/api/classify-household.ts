import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type EvaluateRequest = Schemas['EvaluateRequest']
export type Classification = Schemas['ClassificationView']
export type HouseholdClass = Schemas['HouseholdClass']
export type IndicatorOutcome = Schemas['IndicatorOutcome']
export type IndicatorSource = Schemas['IndicatorSource']
export type IncomeBasis = Schemas['IncomeBasis']

export const HOUSEHOLD_CLASSES = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR'] as const satisfies readonly HouseholdClass[]

/**
 * Classifies a household described by hand; nothing is stored. 422 with a
 * `classification.*` code when it cannot be classified (no area type, no income…).
 */
export async function classifyHousehold(body: EvaluateRequest): Promise<Classification> {
  return requireData(await apiClient.POST('/api/v1/classification/evaluate', { body }))
}

/** A mutation, not a query: it runs when the officer submits the form. */
export function useClassifyHousehold() {
  return useMutation({ mutationFn: classifyHousehold })
}
