import type { QueryClient } from '@tanstack/react-query'

/**
 * After a write to a unit's targets or hand-entered figures: every dashboard (a commune's figures
 * also show on its province's map and in the country's), with the figures read beside them.
 */
export async function invalidateDashboards(queryClient: QueryClient) {
  await queryClient.invalidateQueries({ queryKey: ['dashboard'] })
}
