import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { campaignQueryKey } from './get-campaign'

export type ReviewItem = Schemas['ReviewItemView']
export type ReviewItemPage = Schemas['ReviewItemPage']
export type ItemState = Schemas['ItemState']
export type ItemOrigin = Schemas['ItemOrigin']
export type Transition = Schemas['Transition']

export const ITEM_STATES = [
  'LISTED',
  'SCREENED_OUT',
  'SURVEYED',
  'MEETING_PASSED',
  'POSTED',
  'UNDER_RECHECK',
  'EXCLUDED',
  'DECIDED',
] as const satisfies readonly ItemState[]

/** States that still need work before the decision: a household in one of them is a gap. */
export const OPEN_ITEM_STATES: readonly ItemState[] = ['LISTED', 'SURVEYED', 'MEETING_PASSED', 'UNDER_RECHECK']

/** Whether the household may have its certificate (Mẫu 03): decided poor or near-poor. */
export function hasCertificate(item: Pick<ReviewItem, 'state' | 'finalClass'>): boolean {
  return item.state === 'DECIDED' && (item.finalClass === 'POOR' || item.finalClass === 'NEAR_POOR')
}

export interface ItemFilter {
  state?: ItemState
  villageId?: string
}

export const ITEM_PAGE_SIZE = 50

export async function listItems(
  campaignId: string,
  filter: ItemFilter,
  after?: string,
  signal?: AbortSignal,
  limit = ITEM_PAGE_SIZE,
): Promise<ReviewItemPage> {
  return requireData(
    await apiClient.GET('/api/v1/review-campaigns/{id}/items', {
      params: { path: { id: campaignId }, query: { state: filter.state, villageId: filter.villageId || undefined, limit, after } },
      signal,
    }),
  )
}

export const listItemsQueryOptions = (campaignId: string, filter: ItemFilter, limit = ITEM_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: [...campaignQueryKey(campaignId), 'items', { state: filter.state, villageId: filter.villageId, limit }],
    queryFn: ({ pageParam, signal }) => listItems(campaignId, filter, pageParam, signal, limit),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

/** A campaign's households in code order, a page at a time. */
export function useItems(campaignId: string, filter: ItemFilter = {}, { limit = ITEM_PAGE_SIZE, enabled = true } = {}) {
  return useInfiniteQuery({ ...listItemsQueryOptions(campaignId, filter, limit), enabled })
}
