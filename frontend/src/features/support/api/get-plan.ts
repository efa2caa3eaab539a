import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'

export type Plan = Schemas['PlanView']
export type SupportItem = Schemas['SupportItemView']
export type ItemStatus = Schemas['ItemStatus']
export type FundingSource = Schemas['FundingSource']
export type Commitment = Schemas['CommitmentView']
export type Visit = Schemas['VisitView']

export const FUNDING_SOURCES = ['STATE_BUDGET', 'AGENCY_CONTRIBUTIONS', 'DONORS', 'CREDIT'] as const satisfies readonly FundingSource[]

/** The warnings an item can carry (accepted, but someone should look at it). */
export const WARNING_DISCOURAGED = 'support.kind_discouraged'
export const WARNING_NO_NEED = 'support.item_addresses_no_need'

/** A plan with its items (and their warnings), the commitment and the visits. */
export async function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return requireData(await apiClient.GET('/api/v1/support/plans/{id}', { params: { path: { id } }, signal }))
}

export const getPlanQueryOptions = (id: string) =>
  queryOptions({
    queryKey: supportKeys.plan(id),
    queryFn: ({ signal }) => getPlan(id, signal),
  })

export function usePlan(id: string | undefined) {
  return useQuery({ ...getPlanQueryOptions(id ?? ''), enabled: Boolean(id) })
}
