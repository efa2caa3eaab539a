import { describe, expect, it } from 'vitest'
import { parseCampaignFilter, withCampaignFilter } from './campaign-filter'

describe('parseCampaignFilter', () => {
  it("starts from the user's commune", () => {
    expect(parseCampaignFilter(new URLSearchParams(), '20179')).toEqual({ communeCode: '20179' })
  })

  it('reads the filters, and an empty commune as every commune', () => {
    expect(
      parseCampaignFilter(new URLSearchParams('communeCode=&year=2026&kind=REGULAR&status=OPEN&late=true'), '20179'),
    ).toEqual({ communeCode: undefined, year: 2026, kind: 'REGULAR', status: 'OPEN', late: true })
  })

  it('ignores what it does not know', () => {
    expect(parseCampaignFilter(new URLSearchParams('year=abc&kind=WEEKLY&status=x&late=yes'))).toEqual({
      communeCode: undefined,
      year: undefined,
      kind: undefined,
      status: undefined,
      late: undefined,
    })
  })
})

describe('withCampaignFilter', () => {
  it('sets and clears one filter', () => {
    const late = withCampaignFilter(new URLSearchParams('year=2026'), 'late', true)
    expect(late.toString()).toBe('year=2026&late=true')
    expect(withCampaignFilter(late, 'late', false).toString()).toBe('year=2026')
    expect(withCampaignFilter(late, 'communeCode', undefined).toString()).toBe('year=2026&late=true&communeCode=')
  })
})
