import { describe, expect, it } from 'vitest'
import { householdListQuery } from '../api/list-households'
import { parseFilter, withFilter } from './list-filter'

describe('parseFilter', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams(
      'communeCode=20179&villageId=v1&classification=POOR&year=2025&subgroup=ETHNIC_MINORITY&deprivedIndicator=SANITATION&status=ACTIVE&q=nguyen',
    )
    expect(parseFilter(params)).toEqual({
      communeCode: '20179',
      villageId: 'v1',
      classification: 'POOR',
      year: 2025,
      subgroup: 'ETHNIC_MINORITY',
      deprivedIndicator: 'SANITATION',
      status: 'ACTIVE',
      q: 'nguyen',
    })
  })

  it("uses the default commune until the user picks another or every commune", () => {
    expect(parseFilter(new URLSearchParams(''), '20179').communeCode).toBe('20179')
    expect(parseFilter(new URLSearchParams('communeCode=19996'), '20179').communeCode).toBe('19996')
    expect(parseFilter(new URLSearchParams('communeCode='), '20179').communeCode).toBeUndefined()
  })

  it('ignores values the API would refuse', () => {
    const filter = parseFilter(new URLSearchParams('classification=RICH&year=1999&status=GONE&deprivedIndicator=x;y'))
    expect(filter).toEqual({
      communeCode: undefined,
      villageId: undefined,
      classification: undefined,
      year: undefined,
      subgroup: undefined,
      deprivedIndicator: undefined,
      status: undefined,
      q: undefined,
    })
  })

  it('drops a village without a commune', () => {
    expect(parseFilter(new URLSearchParams('communeCode=&villageId=v1')).villageId).toBeUndefined()
  })
})

describe('withFilter', () => {
  it('sets and removes a filter', () => {
    const params = withFilter(new URLSearchParams('q=an'), 'year', 2024)
    expect(params.toString()).toBe('q=an&year=2024')
    expect(withFilter(params, 'year', undefined).toString()).toBe('q=an')
  })

  it('drops the village when the commune changes, and keeps an empty commune as "every commune"', () => {
    const params = withFilter(new URLSearchParams('communeCode=20179&villageId=v1'), 'communeCode', undefined)
    expect(params.toString()).toBe('communeCode=')
  })
})

describe('householdListQuery', () => {
  it('leaves out empty filters and trims the search', () => {
    expect(householdListQuery({ communeCode: '20179', q: '  nguyen thi ', villageId: '' }, 50, 'cursor')).toEqual({
      provinceCode: undefined,
      communeCode: '20179',
      villageId: undefined,
      classification: undefined,
      year: undefined,
      subgroup: undefined,
      deprivedIndicator: undefined,
      status: undefined,
      q: 'nguyen thi',
      limit: 50,
      after: 'cursor',
    })
  })
})
