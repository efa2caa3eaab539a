import { describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n'
import { reviewActionLabel, reviewFieldLabel, reviewSubject, reviewValue } from './audit-format'

const t = i18n.t.bind(i18n)

describe('review audit wording', () => {
  it('names actions and fields, and keeps unknown codes', () => {
    expect(reviewActionLabel('review.meeting_refused', t)).toBe('Họp dân không đạt')
    expect(reviewActionLabel('review.something_new', t)).toBe('review.something_new')
    expect(reviewFieldLabel('proposedClass', t)).toBe('Kết quả rà soát (dự kiến)')
  })

  it('translates codes, dates and yes/no', () => {
    expect(reviewValue({ action: 'review.surveyed' }, 'proposedClass', 'POOR', t)).toBe('Hộ nghèo')
    expect(reviewValue({ action: 'review.complaint_received' }, 'kind', 'DATA_ERROR', t)).toBe('Sai thông tin')
    expect(reviewValue({ action: 'review.campaign_opened' }, 'kind', 'REGULAR', t)).toBe('Thường xuyên')
    expect(reviewValue({ action: 'review.posted' }, 'endsOn', '2026-11-25', t)).toBe('25/11/2026')
    expect(reviewValue({ action: 'review.applicant_listed' }, 'screeningPassed', 'true', t)).toBe('Có')
    expect(reviewValue({ action: 'review.meeting_refused' }, 'agreeing', '4/10', t)).toBe('4/10')
  })

  it('names the household an entry is about', () => {
    const codes = (id: string) => (id === 'item-1' ? '20179-00031' : undefined)
    expect(reviewSubject({ entityType: 'review_item', entityId: 'item-1' }, codes, t)).toBe('Hộ 20179-00031')
    expect(reviewSubject({ entityType: 'review_campaign', entityId: 'c' }, codes, t)).toBe('Đợt rà soát')
  })
})
