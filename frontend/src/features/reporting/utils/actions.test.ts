import { describe, expect, it } from 'vitest'
import { submissionActions } from './actions'

const open = { state: 'OPEN' as const, locksOn: '2026-12-10', reopenedUntil: null }

describe('submissionActions', () => {
  it('lets the owing unit send an open report, not the recipient', () => {
    expect(submissionActions(open, { canSubmit: true, canReceive: false, today: '2026-11-22' })).toEqual({
      submit: true,
      locked: false,
      decide: false,
      reopen: false,
    })
    expect(submissionActions(open, { canSubmit: false, canReceive: true, today: '2026-11-22' }).submit).toBe(false)
  })

  it('locks an overdue report after its lock date until the recipient reopens it', () => {
    const overdue = { state: 'OVERDUE' as const, locksOn: '2026-09-15', reopenedUntil: null }
    expect(submissionActions(overdue, { canSubmit: true, canReceive: false, today: '2026-11-22' })).toMatchObject({
      submit: false,
      locked: true,
    })
    expect(submissionActions(overdue, { canSubmit: false, canReceive: true, today: '2026-11-22' }).reopen).toBe(true)
    const reopened = { ...overdue, reopenedUntil: '2026-11-30' }
    expect(submissionActions(reopened, { canSubmit: true, canReceive: false, today: '2026-11-22' })).toMatchObject({
      submit: true,
      locked: false,
    })
  })

  it('lets the recipient return or accept a sent report, late or not', () => {
    for (const state of ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE'] as const) {
      const sent = { state, locksOn: '2026-12-10', reopenedUntil: null }
      expect(submissionActions(sent, { canSubmit: true, canReceive: true, today: '2026-11-22' })).toMatchObject({
        submit: false,
        decide: true,
      })
    }
  })

  it('does nothing more with an accepted report', () => {
    const accepted = { state: 'ACCEPTED' as const, locksOn: '2026-09-15', reopenedUntil: null }
    expect(submissionActions(accepted, { canSubmit: true, canReceive: true, today: '2026-11-22' })).toEqual({
      submit: false,
      locked: false,
      decide: false,
      reopen: false,
    })
  })
})
