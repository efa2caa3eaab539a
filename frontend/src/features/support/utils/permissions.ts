/** What the user does in support work (see the support checks of lib/authorization). */
export interface SupportPermissions {
  /** Works for a helping agency: sees only its groups' households, and its own agency. */
  agencyUser: boolean
  /** Plans, items, deliveries, commitments, visits. */
  writePlans: boolean
  /** Agencies, groups, lead changes, the province's policy (province officers). */
  manageGroups: boolean
  /** Assigns households to groups. */
  assign: boolean
  /** Pairs groups for cross-checks and draws samples. */
  pair: boolean
  /** Records cross-check findings. */
  findings: boolean
  /** Reads what support changed (the effect page). */
  effect: boolean
}

export const READ_ONLY: SupportPermissions = {
  agencyUser: false,
  writePlans: false,
  manageGroups: false,
  assign: false,
  pair: false,
  findings: false,
  effect: false,
}
