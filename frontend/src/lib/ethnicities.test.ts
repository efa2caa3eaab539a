import { describe, expect, it } from 'vitest'
import { ETHNIC_GROUPS, ethnicityLabel } from './ethnicities'

describe('ETHNIC_GROUPS', () => {
  it('lists the 54 groups with the codes 01 to 54 in order', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54)
    expect(ETHNIC_GROUPS.map((group) => group.code)).toEqual(
      Array.from({ length: 54 }, (_, index) => String(index + 1).padStart(2, '0')),
    )
    expect(new Set(ETHNIC_GROUPS.map((group) => group.name)).size).toBe(54)
  })

  it('matches the codes the API accepts', () => {
    for (const { code } of ETHNIC_GROUPS) expect(code).toMatch(/^(0[1-9]|[1-4][0-9]|5[0-4])$/)
  })
})

describe('ethnicityLabel', () => {
  it('shows the code and the name', () => {
    expect(ethnicityLabel('01')).toBe('01 – Kinh')
    expect(ethnicityLabel('08')).toBe('08 – HMông')
    expect(ethnicityLabel('54')).toBe('54 – Rơ-măm')
  })

  it('keeps an unknown code and shows nothing for none', () => {
    expect(ethnicityLabel('99')).toBe('99')
    expect(ethnicityLabel(null)).toBe('')
  })
})
