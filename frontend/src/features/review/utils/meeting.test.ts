import { describe, expect, it } from 'vitest'
import { formatPercent, meetingPasses, meetingVerdict } from './meeting'

describe('meetingPasses', () => {
  it('needs at least half of the attendees to agree', () => {
    expect(meetingPasses(10, 4)).toBe(false)
    expect(meetingPasses(10, 5)).toBe(true)
    expect(meetingPasses(10, 6)).toBe(true)
    // Odd numbers: 4 of 9 is 44 %, 5 of 9 is 56 %.
    expect(meetingPasses(9, 4)).toBe(false)
    expect(meetingPasses(9, 5)).toBe(true)
  })
})

describe('meetingVerdict', () => {
  it('judges once both numbers are known', () => {
    expect(meetingVerdict(10, 4)).toEqual({ kind: 'fails', percent: 40 })
    expect(meetingVerdict(10, 6)).toEqual({ kind: 'passes', percent: 60 })
    expect(meetingVerdict(undefined, 6)).toEqual({ kind: 'incomplete' })
    expect(meetingVerdict(10, null)).toEqual({ kind: 'incomplete' })
    expect(meetingVerdict(0, 0)).toEqual({ kind: 'incomplete' })
  })

  it('refuses more agreeing than attending', () => {
    expect(meetingVerdict(10, 11)).toEqual({ kind: 'invalid' })
  })
})

describe('formatPercent', () => {
  it('writes per cent the Vietnamese way', () => {
    expect(formatPercent(40)).toBe('40 %')
    expect(formatPercent(100 / 3)).toBe('33,3 %')
  })
})
