import type { Violation } from '@/lib/api-client'
import type { Gap } from '../api/list-gaps'

/** A household the server named in a 422 review.gaps refusal. */
export interface NamedHousehold {
  householdCode: string
  /** The gap as the list of gaps knows it (head, village, the step it waits for), when it does. */
  gap?: Gap
  /** The server's own words (English), shown when the gap is not in the list read. */
  message: string
}

const HOUSEHOLD_FIELD = /^households\/(.+)$/

/**
 * The households of a review.gaps refusal: one violation per household, its field
 * "households/<code>". Matched with the list of gaps to name them in the UI language.
 */
export function namedHouseholds(violations: readonly Violation[], gaps: readonly Gap[] = []): NamedHousehold[] {
  return violations.map((violation) => {
    const householdCode = HOUSEHOLD_FIELD.exec(violation.field)?.[1] ?? violation.field
    return {
      householdCode,
      gap: gaps.find((gap) => gap.householdCode === householdCode),
      message: violation.message,
    }
  })
}
