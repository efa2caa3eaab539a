import { describe, expect, it } from 'vitest'
import { formatTargetValue, targetProgress } from './targets'

describe('targetProgress', () => {
  it('measures the way from the baseline to an at-most target', () => {
    expect(targetProgress({ indicator: 'POVERTY_RATE', targetValue: 2.5, baselineValue: 4.1, actual: 3.3 })).toBe(50)
    expect(targetProgress({ indicator: 'POVERTY_RATE', targetValue: 2.5, baselineValue: 4.1, actual: 1.21 })).toBe(100)
  })

  it('without a baseline: met is 100, else the target as a share of the actual', () => {
    expect(targetProgress({ indicator: 'NO_LABOUR_POOR_RATE', targetValue: 1.7, baselineValue: null, actual: 0 })).toBe(100)
    expect(targetProgress({ indicator: 'NO_LABOUR_POOR_RATE', targetValue: 1.7, baselineValue: null, actual: 3.4 })).toBe(50)
  })

  it('counts up for households escaping poverty', () => {
    expect(targetProgress({ indicator: 'ESCAPED_HOUSEHOLDS', targetValue: 20, baselineValue: null, actual: 5 })).toBe(25)
  })

  it('has no progress without an actual value', () => {
    expect(targetProgress({ indicator: 'POVERTY_RATE', targetValue: 2.5, baselineValue: 4.1, actual: null })).toBeUndefined()
  })
})

describe('formatTargetValue', () => {
  it('writes rates as rates and counts as numbers', () => {
    const format = { rate: (value: number) => `${value} %`, number: (value: number) => `${value} hộ` }
    expect(formatTargetValue('NO_LABOUR_POOR_RATE', 1.7, format)).toBe('1.7 %')
    expect(formatTargetValue('MERITORIOUS_POOR', 0, format)).toBe('0 hộ')
  })
})
