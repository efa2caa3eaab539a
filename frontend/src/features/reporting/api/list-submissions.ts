import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { submissionsQueryKey } from './keys'

export type Submission = Schemas['SubmissionView']
export type SubmissionPage = Schemas['SubmissionPage']
export type SubmissionState = Schemas['State']

export const SUBMISSION_STATES = [
  'NOT_YET_DUE',
  'OPEN',
  'OVERDUE',
  'SUBMITTED_ON_TIME',
  'SUBMITTED_LATE',
  'RETURNED',
  'ACCEPTED',
] as const satisfies readonly SubmissionState[]

/** What the list is filtered by; every field optional. */
export interface SubmissionFilter {
  obligationCode?: string
  unitCode?: string
  provinceCode?: string
  year?: number
  state?: SubmissionState
}

export const SUBMISSION_PAGE_SIZE = 50

function submissionQuery(filter: SubmissionFilter, after?: string) {
  return {
    obligationCode: filter.obligationCode || undefined,
    unitCode: filter.unitCode || undefined,
    provinceCode: filter.provinceCode || undefined,
    year: filter.year,
    state: filter.state,
    limit: SUBMISSION_PAGE_SIZE,
    after,
  }
}

export async function listSubmissions(filter: SubmissionFilter, after?: string, signal?: AbortSignal): Promise<SubmissionPage> {
  return requireData(
    await apiClient.GET('/api/v1/reporting/submissions', { params: { query: submissionQuery(filter, after) }, signal }),
  )
}

export const listSubmissionsQueryOptions = (filter: SubmissionFilter) =>
  infiniteQueryOptions({
    queryKey: [...submissionsQueryKey, submissionQuery(filter)],
    queryFn: ({ pageParam, signal }) => listSubmissions(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })

/** What the user's units owe and receive, newest due date first, a page at a time. */
export function useSubmissions(filter: SubmissionFilter) {
  return useInfiniteQuery(listSubmissionsQueryOptions(filter))
}

/** The state of a row (typed by the schema as the enum). */
export function submissionStateOf(value: string | null | undefined): SubmissionState | undefined {
  return SUBMISSION_STATES.find((known) => known === value)
}
