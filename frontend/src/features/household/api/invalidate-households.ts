import type { QueryClient } from '@tanstack/react-query'
import { householdQueryKey } from './get-household'
import { householdListsQueryKey } from './list-households'

/** After a write: the households changed (with their records and audit trails) and every list. */
export async function invalidateHouseholds(queryClient: QueryClient, ...ids: (string | null | undefined)[]) {
  await Promise.all([
    ...ids.flatMap((id) => (id ? [queryClient.invalidateQueries({ queryKey: householdQueryKey(id) })] : [])),
    queryClient.invalidateQueries({ queryKey: householdListsQueryKey }),
  ])
}
