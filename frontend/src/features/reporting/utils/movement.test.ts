import { describe, expect, it } from 'vitest'
import { MOVEMENT_2025 } from '@/testing/reporting'
import { movementKinds, movementLines, sumLines } from './movement'

describe('movementLines', () => {
  it('reads each line in households or persons, and checks end = start − decreases + increases', () => {
    const households = movementLines(MOVEMENT_2025, 'households')
    expect(households.rows.map((row) => [row.name, row.start, row.decreasesTotal, row.increasesTotal, row.end])).toEqual([
      ['Tổ dân phố 1', 3, 2, 1, 2],
      ['Tổ dân phố Bình Điền', 2, 1, 1, 2],
    ])
    expect(households.rows.every((row) => row.balanced)).toBe(true)
    const persons = movementLines(MOVEMENT_2025, 'persons')
    expect(persons.total).toMatchObject({ start: 18, decreasesTotal: 12, increasesTotal: 8, end: 14, balanced: true })
  })

  it('flags a line that does not balance', () => {
    const broken = { ...MOVEMENT_2025, total: { ...MOVEMENT_2025.total, end: { households: 9, persons: 14 } } }
    expect(movementLines(broken, 'households').total.balanced).toBe(false)
  })
})

describe('sumLines', () => {
  it('adds the lines up to the report\'s total, column by column', () => {
    const kinds = movementKinds(MOVEMENT_2025)
    expect(kinds.decreases).toEqual(['TO_NEAR_POOR', 'ESCAPED', 'OTHER'])
    expect(kinds.increases).toEqual(['FROM_NEAR_POOR', 'RE_POOR', 'NEWLY_POOR', 'OTHER'])
    for (const measure of ['households', 'persons'] as const) {
      const { rows, total } = movementLines(MOVEMENT_2025, measure)
      const { key: _key, name: _name, balanced: _balanced, ...totals } = total
      expect(sumLines(rows, kinds)).toEqual(totals)
    }
  })
})
