/**
 * Reads the figures frozen with a submitted version. The API types them as a free map (their shape
 * depends on the obligation's content), so each known part is checked before it is shown; anything
 * else is listed as it is.
 */

export interface ClassCount {
  code: string
  households: number
  persons: number
}

export interface FrozenFigures {
  content?: string
  /** Active households and persons by class at the moment of sending (TOTAL last). */
  households?: ClassCount[]
  regularReview?: { requests: number; states: [string, number][]; transitions: [string, number][] }
  periodicReview?: { campaigns: [string, number][]; transitions: [string, number][] }
  support?: { plans: number; itemsDelivered: number; valueDeliveredVnd: number }
  /** Parts this page does not know, as text. */
  other: [string, string][]
}

const CLASS_ORDER = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR', 'UNCLASSIFIED', 'TOTAL']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function counts(value: unknown): [string, number][] {
  if (!isRecord(value)) return []
  return Object.entries(value).filter((entry): entry is [string, number] => isNumber(entry[1]))
}

function classCounts(value: unknown): ClassCount[] | undefined {
  if (!isRecord(value)) return undefined
  const rows = Object.entries(value).flatMap(([code, count]) =>
    isRecord(count) && isNumber(count.households) && isNumber(count.persons)
      ? [{ code, households: count.households, persons: count.persons }]
      : [],
  )
  const rank = (code: string) => (CLASS_ORDER.includes(code) ? CLASS_ORDER.indexOf(code) : CLASS_ORDER.length - 1.5)
  return rows.toSorted((a, b) => rank(a.code) - rank(b.code))
}

const KNOWN = new Set(['content', 'unit', 'period', 'households', 'regularReview', 'periodicReview', 'support'])

export function readFigures(figures: Record<string, unknown>): FrozenFigures {
  const result: FrozenFigures = { other: [] }
  if (typeof figures.content === 'string') result.content = figures.content
  result.households = classCounts(figures.households)
  const regular = figures.regularReview
  if (isRecord(regular) && isNumber(regular.requests)) {
    result.regularReview = { requests: regular.requests, states: counts(regular.states), transitions: counts(regular.transitions) }
  }
  const periodic = figures.periodicReview
  if (isRecord(periodic)) {
    result.periodicReview = { campaigns: counts(periodic.campaigns), transitions: counts(periodic.transitions) }
  }
  const support = figures.support
  if (isRecord(support) && isNumber(support.plans) && isNumber(support.itemsDelivered) && isNumber(support.valueDeliveredVnd)) {
    result.support = { plans: support.plans, itemsDelivered: support.itemsDelivered, valueDeliveredVnd: support.valueDeliveredVnd }
  }
  for (const [key, value] of Object.entries(figures)) {
    if (!KNOWN.has(key)) result.other.push([key, typeof value === 'string' ? value : JSON.stringify(value)])
  }
  return result
}
