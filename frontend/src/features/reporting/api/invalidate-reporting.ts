import type { QueryClient } from '@tanstack/react-query'
import { reportingQueryKey } from './keys'

/**
 * After a submission or an obligation changes: everything the reporting pages read (the obligations,
 * the submissions, the lists, the reminders, the timeliness) and the dashboards, whose deadline
 * calendars count submissions (a changed schedule re-plans the periods not yet due).
 */
export async function invalidateReporting(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportingQueryKey }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  ])
}
