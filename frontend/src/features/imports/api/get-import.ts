import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { isRunning } from '../utils/phases'
import { importJobQueryKey } from './keys'

export type ImportJob = Schemas['ImportJob']
export type ImportPhase = Schemas['ImportPhase']
export type ImportMode = Schemas['ImportMode']
export type ImportSummary = Schemas['ImportSummary']

/** How often a running job is asked for its progress. */
export const IMPORT_POLL_MS = 1_000

export async function getImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return requireData(await apiClient.GET('/api/v1/imports/{id}', { params: { path: { id } }, signal }))
}

export const getImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importJobQueryKey(id),
    queryFn: ({ signal }) => getImport(id, signal),
    // Asked again every second while the job works (staging, validating, committing), then left alone.
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.phase) ? IMPORT_POLL_MS : false),
    refetchIntervalInBackground: true,
  })

export function useImport(id: string) {
  return useQuery(getImportQueryOptions(id))
}
