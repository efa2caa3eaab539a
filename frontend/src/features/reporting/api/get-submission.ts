import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { submissionQueryKey } from './keys'
import type { Submission } from './list-submissions'

export type SubmissionVersion = Schemas['SubmissionVersionView']

export async function getSubmission(id: string, signal?: AbortSignal): Promise<Submission> {
  return requireData(await apiClient.GET('/api/v1/reporting/submissions/{id}', { params: { path: { id } }, signal }))
}

export const getSubmissionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: submissionQueryKey(id),
    queryFn: ({ signal }) => getSubmission(id, signal),
  })

/** A submission with every version sent (newest first) and the figures frozen with each. */
export function useSubmission(id: string) {
  return useQuery(getSubmissionQueryOptions(id))
}
