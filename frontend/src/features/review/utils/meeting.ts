/**
 * The rule of the village meeting (họp dân): the results stand only when at least half of the
 * attendees agree, agreeing × 2 ≥ attendees, as the backend counts it (no rounding).
 */
export function meetingPasses(attendees: number, agreeing: number): boolean {
  return agreeing * 2 >= attendees
}

export type MeetingVerdict =
  /** Not enough typed yet to judge. */
  | { kind: 'incomplete' }
  /** More people agreed than attended. */
  | { kind: 'invalid' }
  | { kind: 'passes' | 'fails'; percent: number }

/** What the meeting as typed so far comes to; the share of attendees who agree, in per cent. */
export function meetingVerdict(attendees: number | null | undefined, agreeing: number | null | undefined): MeetingVerdict {
  if (!isCount(attendees, 1) || !isCount(agreeing, 0)) return { kind: 'incomplete' }
  if (agreeing > attendees) return { kind: 'invalid' }
  return { kind: meetingPasses(attendees, agreeing) ? 'passes' : 'fails', percent: (agreeing * 100) / attendees }
}

function isCount(value: number | null | undefined, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** 40 → "40 %", 33.333 → "33,3 %" (Vietnamese decimal comma, a space before the sign). */
export function formatPercent(percent: number): string {
  return `${percentFormat.format(percent)} %`
}
