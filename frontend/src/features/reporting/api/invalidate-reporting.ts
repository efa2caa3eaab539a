import type { QueryClient } from '@tanstack/react-query'
import { reportingQueryKey } from './keys'

/**
 * After a submission changes: everything the reporting pages read (the submission, the lists, the
 * reminders, the timeliness) and the dashboards, whose deadline calendars count submissions.
 */
export async function invalidateReporting(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportingQueryKey }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  ])
}
