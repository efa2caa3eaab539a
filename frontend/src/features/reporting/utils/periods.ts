import type { Schemas } from '@/lib/api-client'

type Obligation = Pick<Schemas['ObligationView'], 'periodType' | 'periods'>

/** A reporting period: its label as the API writes it ("2026-08", "2026-Q3", "2026-H1", "2026") and first day. */
export interface Period {
  label: string
  /** yyyy-MM-dd */
  start: string
}

const pad = (value: number) => String(value).padStart(2, '0')

/** The first day of a period, from its label; undefined for a label it does not read. */
export function periodStartOf(label: string): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(label)
  if (month) return `${month[1]}-${month[2]}-01`
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label)
  if (quarter) return `${quarter[1]}-${pad((Number(quarter[2]) - 1) * 3 + 1)}-01`
  const half = /^(\d{4})-H([12])$/.exec(label)
  if (half) return `${half[1]}-${half[2] === '1' ? '01' : '07'}-01`
  const year = /^(\d{4})$/.exec(label)
  if (year) return `${year[1]}-01-01`
  return undefined
}

/** An obligation's periods in a year (its `periods` say which months, quarters or halves report). */
export function periodsOf(obligation: Obligation, year: number): Period[] {
  switch (obligation.periodType) {
    case 'MONTHLY':
      return obligation.periods.map((month) => ({ label: `${year}-${pad(month)}`, start: `${year}-${pad(month)}-01` }))
    case 'QUARTERLY':
      return obligation.periods.map((quarter) => ({ label: `${year}-Q${quarter}`, start: `${year}-${pad((quarter - 1) * 3 + 1)}-01` }))
    case 'HALF_YEARLY':
      return obligation.periods.map((half) => ({ label: `${year}-H${half}`, start: `${year}-${half === 1 ? '01' : '07'}-01` }))
    case 'YEARLY':
      return [{ label: String(year), start: `${year}-01-01` }]
  }
}
