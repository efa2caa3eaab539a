import { describe, expect, it } from 'vitest'
import type { Gap } from '../api/list-gaps'
import { namedHouseholds } from './gap-violations'

const GAP: Gap = {
  itemId: '1d9b5a30-0c1e-4c67-9a0b-5c0c6c3b1a01',
  householdId: '8a3c4534-1169-4d3b-af47-633fa4295d2e',
  householdCode: '20179-00001',
  headName: 'Nguyễn Thị Hương',
  villageId: null,
  villageName: 'Thôn Hà An',
  state: 'SURVEYED',
  waitsFor: 'MEETINGS',
}

describe('namedHouseholds', () => {
  it('reads the household code of each violation and finds its gap', () => {
    expect(
      namedHouseholds(
        [
          { field: 'households/20179-00001', message: '20179-00001 (Nguyễn Thị Hương) waits for meetings (state SURVEYED)' },
          { field: 'households/20179-00002', message: '20179-00002 waits for survey (state LISTED)' },
        ],
        [GAP],
      ),
    ).toEqual([
      { householdCode: '20179-00001', gap: GAP, message: '20179-00001 (Nguyễn Thị Hương) waits for meetings (state SURVEYED)' },
      { householdCode: '20179-00002', gap: undefined, message: '20179-00002 waits for survey (state LISTED)' },
    ])
  })
})
