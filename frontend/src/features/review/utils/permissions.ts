/** Which steps of a campaign the user performs (see the review checks of lib/authorization). */
export interface ReviewPermissions {
  /** Applicants, exclusions, meetings, postings, complaints (officers). */
  run: boolean
  /** Surveys (reviewers). */
  survey: boolean
  /** The level above's opinion (province officers). */
  opinion: boolean
  /** The campaign's own due dates (province officers). */
  deadlines: boolean
  /** The decision (the commune chairman). */
  decide: boolean
  /** The audit trail. */
  audit: boolean
}

export const READ_ONLY: ReviewPermissions = {
  run: false,
  survey: false,
  opinion: false,
  deadlines: false,
  decide: false,
  audit: false,
}
