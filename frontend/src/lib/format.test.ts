import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatMoney } from './format'

describe('formatMoney', () => {
  it('groups thousands with dots and appends the đồng sign', () => {
    expect(formatMoney(1500000)).toBe('1.500.000 ₫')
  })

  it('formats small and zero amounts', () => {
    expect(formatMoney(0)).toBe('0 ₫')
    expect(formatMoney(950)).toBe('950 ₫')
  })

  it('rounds to whole đồng', () => {
    expect(formatMoney(2250000.4)).toBe('2.250.000 ₫')
  })
})

describe('formatDate', () => {
  it('shows an ISO date as dd/MM/yyyy', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025')
  })

  it('shows the date part of a date-time', () => {
    expect(formatDate('2025-12-14T09:30:00')).toBe('14/12/2025')
  })

  it('shows nothing for a missing date', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
  })
})

describe('formatDateTime', () => {
  it('adds hours and minutes', () => {
    expect(formatDateTime('2025-07-01T08:05:00')).toBe('01/07/2025 08:05')
  })
})
