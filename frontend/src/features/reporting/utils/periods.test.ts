import { describe, expect, it } from 'vitest'
import { periodStartOf, periodsOf } from './periods'

describe('periodStartOf', () => {
  it('reads months, quarters, halves and years', () => {
    expect(periodStartOf('2026-08')).toBe('2026-08-01')
    expect(periodStartOf('2026-Q3')).toBe('2026-07-01')
    expect(periodStartOf('2026-H2')).toBe('2026-07-01')
    expect(periodStartOf('2025')).toBe('2025-01-01')
  })

  it('does not guess at other labels', () => {
    expect(periodStartOf('August')).toBeUndefined()
  })
})

describe('periodsOf', () => {
  it('lists the months of a monthly obligation that report', () => {
    expect(periodsOf({ periodType: 'MONTHLY', periods: [1, 8] }, 2026)).toEqual([
      { label: '2026-01', start: '2026-01-01' },
      { label: '2026-08', start: '2026-08-01' },
    ])
  })

  it('lists the quarters of the briefings (Q1 and Q3)', () => {
    expect(periodsOf({ periodType: 'QUARTERLY', periods: [1, 3] }, 2026).map((period) => period.start)).toEqual([
      '2026-01-01',
      '2026-07-01',
    ])
  })

  it('has one period a year for a yearly obligation', () => {
    expect(periodsOf({ periodType: 'YEARLY', periods: [1] }, 2025)).toEqual([{ label: '2025', start: '2025-01-01' }])
  })
})
