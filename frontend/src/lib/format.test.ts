import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatMoney, formatNumber, formatRate, formatShare } from './format'

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

describe('formatRate', () => {
  it('writes a Vietnamese rate with a decimal comma and a space before the sign', () => {
    expect(formatRate(4.1)).toBe('4,1\u00a0%')
    expect(formatRate(12.04, 'vi')).toBe('12,04\u00a0%')
    expect(formatRate(1.7, 'vi')).toBe('1,7\u00a0%')
  })

  it('drops trailing zeros and rounds to two decimals', () => {
    expect(formatRate(2.5, 'vi')).toBe('2,5\u00a0%')
    expect(formatRate(0, 'vi')).toBe('0\u00a0%')
    expect(formatRate(9.6969, 'vi')).toBe('9,7\u00a0%')
  })

  it('writes an English rate the English way', () => {
    expect(formatRate(4.1, 'en')).toBe('4.1%')
  })

  it('shows nothing for a missing rate', () => {
    expect(formatRate(null)).toBe('')
    expect(formatRate(undefined, 'en')).toBe('')
  })
})

describe('formatShare', () => {
  it('shows a share of one as a rate', () => {
    expect(formatShare(0.875, 'vi')).toBe('87,5\u00a0%')
    expect(formatShare(1, 'en')).toBe('100%')
  })
})

describe('formatNumber', () => {
  it('groups thousands by language', () => {
    expect(formatNumber(5000, 'vi')).toBe('5.000')
    expect(formatNumber(5000, 'en')).toBe('5,000')
    expect(formatNumber(null)).toBe('')
  })
})
