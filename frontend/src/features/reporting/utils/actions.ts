import type { Submission } from '../api/list-submissions'

export interface SubmissionActions {
  /** The unit sends it (again, after a return). */
  submit: boolean
  /** Past its lock and not reopened: the unit must ask the recipient to reopen it. */
  locked: boolean
  /** The recipient returns or accepts it. */
  decide: boolean
  /** The recipient lets a locked report still be sent. */
  reopen: boolean
}

/**
 * What may be done with a submission now, by whom (the server decides in the end): the owing unit
 * sends an open, overdue or returned report until its lock (or the date it was reopened until); the
 * recipient returns or accepts a sent one and reopens a locked one not yet accepted.
 */
export function submissionActions(
  submission: Pick<Submission, 'state' | 'locksOn' | 'reopenedUntil'>,
  { canSubmit, canReceive, today }: { canSubmit: boolean; canReceive: boolean; today: string },
): SubmissionActions {
  const sendable = submission.state === 'OPEN' || submission.state === 'OVERDUE' || submission.state === 'RETURNED'
  const reopenedUntil = submission.reopenedUntil ?? undefined
  const locked = today > submission.locksOn && (reopenedUntil === undefined || today > reopenedUntil)
  const sent = submission.state === 'SUBMITTED_ON_TIME' || submission.state === 'SUBMITTED_LATE'
  return {
    submit: canSubmit && sendable && !locked,
    locked: sendable && locked,
    decide: canReceive && sent,
    reopen: canReceive && sendable && today > submission.locksOn,
  }
}
