import { describe, expect, it } from 'vitest'
import { readFigures } from './figures'

describe('readFigures', () => {
  it('reads the households by class (total last) and the month\'s regular review', () => {
    const figures = readFigures({
      content: 'REGULAR_REVIEW',
      unit: '19996',
      period: '2026-08',
      households: {
        TOTAL: { households: 165, persons: 600 },
        NEAR_POOR: { households: 10, persons: 38 },
        POOR: { households: 2, persons: 7 },
      },
      regularReview: { requests: 3, states: { DECIDED: 2, LISTED: 1 }, transitions: { NEWLY_POOR: 1 } },
    })
    expect(figures.content).toBe('REGULAR_REVIEW')
    expect(figures.households?.map((row) => row.code)).toEqual(['POOR', 'NEAR_POOR', 'TOTAL'])
    expect(figures.regularReview).toEqual({ requests: 3, states: [['DECIDED', 2], ['LISTED', 1]], transitions: [['NEWLY_POOR', 1]] })
    expect(figures.other).toEqual([])
  })

  it('reads support results and keeps unknown parts as text', () => {
    const figures = readFigures({ support: { plans: 4, itemsDelivered: 9, valueDeliveredVnd: 12_500_000 }, extra: { a: 1 } })
    expect(figures.support).toEqual({ plans: 4, itemsDelivered: 9, valueDeliveredVnd: 12_500_000 })
    expect(figures.other).toEqual([['extra', '{"a":1}']])
  })
})
