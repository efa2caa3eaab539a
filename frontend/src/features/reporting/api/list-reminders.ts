import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { reportingQueryKey } from './keys'

export type Reminder = Schemas['ReminderView']

export async function listMyReminders(signal?: AbortSignal): Promise<Reminder[]> {
  return requireData(await apiClient.GET('/api/v1/reporting/reminders', { signal }))
}

export const listMyRemindersQueryOptions = () =>
  queryOptions({ queryKey: [...reportingQueryKey, 'reminders'], queryFn: ({ signal }) => listMyReminders(signal) })

/** Reminders about the reports the user's units still owe (before the due date, or overdue). */
export function useMyReminders({ enabled = true } = {}) {
  return useQuery({ ...listMyRemindersQueryOptions(), enabled })
}
