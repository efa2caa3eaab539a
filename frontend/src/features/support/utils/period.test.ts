import { describe, expect, it } from 'vitest'
import dayjs from 'dayjs'
import { formatShare, isoDate, yearOptions } from './period'

describe('period helpers', () => {
  it('writes dates as the API takes them', () => {
    expect(isoDate(dayjs('2026-03-05'))).toBe('2026-03-05')
  })

  it('offers next year first, down to 2016', () => {
    const years = yearOptions().map((option) => option.value)
    expect(years[0]).toBe(dayjs().year() + 1)
    expect(years[years.length - 1]).toBe(2016)
  })

  it('shows shares as percentages in the UI language', () => {
    expect(formatShare(0.5, 'vi')).toBe('50')
    expect(formatShare(0.125, 'vi')).toBe('12,5')
    expect(formatShare(0.125, 'en')).toBe('12.5')
    expect(formatShare(null, 'vi')).toBeUndefined()
  })
})
