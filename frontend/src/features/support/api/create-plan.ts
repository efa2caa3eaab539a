import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import type { Plan } from './get-plan'
import { planChanged } from './invalidate-support'

export type PlanRequest = Schemas['PlanRequest']

/** A household's plan for a year (the household must have a group; one plan per household and year). */
export async function createPlan(body: PlanRequest): Promise<Plan> {
  return requireData(await apiClient.POST('/api/v1/support/plans', { body }))
}

export function useCreatePlan() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createPlan, onSuccess: (plan) => planChanged(queryClient, plan) })
}
