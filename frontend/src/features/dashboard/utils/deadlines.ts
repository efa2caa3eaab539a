import type { DeadlineStatus } from '../api/get-dashboard'

/** Where an obligation's latest period stands across its units. */
export type DeadlineState = 'COMPLETE' | 'MISSING' | 'LATE' | 'PENDING'

/** Units not yet submitted whose due date has not passed (the API counts the others as missing). */
export function pendingOf(deadline: DeadlineStatus): number {
  return Math.max(0, deadline.expected - deadline.submitted - deadline.missing)
}

/**
 * MISSING when some unit let the due date pass without sending; PENDING while some have not sent
 * and may still; LATE when all sent but some late; COMPLETE when all sent on time.
 */
export function deadlineState(deadline: DeadlineStatus): DeadlineState {
  if (deadline.missing > 0) return 'MISSING'
  if (pendingOf(deadline) > 0) return 'PENDING'
  if (deadline.late > 0) return 'LATE'
  return 'COMPLETE'
}

/** The segments of the stacked bar, in order: on time, late, not yet due, missing. */
export function deadlineSegments(deadline: DeadlineStatus) {
  return [
    { key: 'onTime', count: deadline.onTime, color: '#52c41a' },
    { key: 'late', count: deadline.late, color: '#fa8c16' },
    { key: 'pending', count: pendingOf(deadline), color: '#d9d9d9' },
    { key: 'missing', count: deadline.missing, color: '#f5222d' },
  ] as const
}

/** Soonest due first. */
export function byDueDate(deadlines: readonly DeadlineStatus[]): DeadlineStatus[] {
  return deadlines.toSorted((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title))
}
