import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type CampaignSummary = Schemas['CampaignSummary']
export type CampaignPage = Schemas['CampaignPage']
export type CampaignKind = Schemas['CampaignKind']
export type CampaignStatus = Schemas['CampaignStatus']
export type Step = Schemas['Step']

export const CAMPAIGN_KINDS = ['PERIODIC', 'REGULAR'] as const satisfies readonly CampaignKind[]
export const CAMPAIGN_STATUSES = ['OPEN', 'POSTING', 'AWAITING_DECISION', 'DECIDED'] as const satisfies readonly CampaignStatus[]
export const STEPS = ['SURVEY', 'MEETINGS', 'POSTING', 'OPINION', 'DECISION'] as const satisfies readonly Step[]

/** What the campaign list is filtered by; every field optional. */
export interface CampaignFilter {
  communeCode?: string
  year?: number
  kind?: CampaignKind
  status?: CampaignStatus
  /** Only campaigns with a step past its due date. */
  late?: boolean
}

export const CAMPAIGN_PAGE_SIZE = 50

/** The query string of a filter, empty values left out. */
export function campaignListQuery(filter: CampaignFilter, limit = CAMPAIGN_PAGE_SIZE, after?: string) {
  return {
    communeCode: filter.communeCode || undefined,
    year: filter.year,
    kind: filter.kind,
    status: filter.status,
    late: filter.late ? true : undefined,
    limit,
    after,
  }
}

export async function listCampaigns(filter: CampaignFilter, after?: string, signal?: AbortSignal): Promise<CampaignPage> {
  return requireData(
    await apiClient.GET('/api/v1/review-campaigns', { params: { query: campaignListQuery(filter, CAMPAIGN_PAGE_SIZE, after) }, signal }),
  )
}

/** Key of everything the review feature reads; a prefix of every key below. */
export const reviewsQueryKey = ['reviews'] as const

/** Key prefix of every campaign list; opening or changing a campaign invalidates it. */
export const campaignListsQueryKey = [...reviewsQueryKey, 'list'] as const

export const listCampaignsQueryOptions = (filter: CampaignFilter) =>
  infiniteQueryOptions({
    queryKey: [...campaignListsQueryKey, campaignListQuery(filter)],
    queryFn: ({ pageParam, signal }) => listCampaigns(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

export function useCampaigns(filter: CampaignFilter) {
  return useInfiniteQuery(listCampaignsQueryOptions(filter))
}
