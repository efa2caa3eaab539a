import { describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n'
import {
  contentFitsOwner,
  describeDueRule,
  describePeriods,
  describeReminders,
  describeWindow,
  parseReminderOffsets,
  recipientFor,
  runsOf,
} from './obligations'

const t = i18n.t

describe('describePeriods', () => {
  it('writes a run of months as a range and scattered ones as a list', () => {
    expect(describePeriods({ periodType: 'MONTHLY', periods: [1, 2, 3, 4, 5, 6, 7, 8] }, t)).toBe('Hằng tháng: tháng 1–8')
    expect(describePeriods({ periodType: 'MONTHLY', periods: [5, 1, 3] }, t)).toBe('Hằng tháng: tháng 1, 3, 5')
    expect(describePeriods({ periodType: 'MONTHLY', periods: [1, 2, 3, 7, 8] }, t)).toBe('Hằng tháng: tháng 1–3, 7, 8')
  })

  it('names quarters in Roman numerals, halves and years in words, and every period by the type alone', () => {
    expect(describePeriods({ periodType: 'QUARTERLY', periods: [1, 3] }, t)).toBe('Hằng quý: quý I, III')
    expect(describePeriods({ periodType: 'HALF_YEARLY', periods: [2] }, t)).toBe('6 tháng cuối năm')
    expect(describePeriods({ periodType: 'YEARLY', periods: [1] }, t)).toBe('Hằng năm')
    expect(describePeriods({ periodType: 'MONTHLY', periods: [...Array(12).keys()].map((index) => index + 1) }, t)).toBe('Hằng tháng')
  })
})

describe('describeDueRule', () => {
  it('says each rule in words', () => {
    expect(describeDueRule({ dueRule: 'DAY_OF_NEXT_MONTH', dueDay: 5, dueMonth: null }, t)).toBe('Ngày 5 tháng sau')
    expect(describeDueRule({ dueRule: 'FIXED_DATE', dueDay: 15, dueMonth: 11 }, t)).toBe('15/11')
    expect(describeDueRule({ dueRule: 'FIXED_DATE', dueDay: 5, dueMonth: 3 }, t)).toBe('05/03')
    expect(describeDueRule({ dueRule: 'DAYS_AFTER_PERIOD', dueDay: 10, dueMonth: null }, t)).toBe('10 ngày sau kỳ')
    expect(describeDueRule({ dueRule: 'DAYS_AFTER_PERIOD', dueDay: 0, dueMonth: null }, t)).toBe('Ngày cuối kỳ')
  })

  it('counts days in English as one or many', async () => {
    await i18n.changeLanguage('en')
    try {
      expect(describeDueRule({ dueRule: 'DAYS_AFTER_PERIOD', dueDay: 1, dueMonth: null }, i18n.t)).toBe('1 day after the period')
      expect(describeReminders([1, -5], i18n.t)).toBe('5 days before, 1 day after')
    } finally {
      await i18n.changeLanguage('vi')
    }
  })
})

describe('describeWindow and describeReminders', () => {
  it('says when a period opens and locks, and the reminders earliest first', () => {
    expect(describeWindow({ opensDaysBeforeDue: 15, lockDays: 10 }, t)).toBe('Mở trước hạn 15 ngày · khóa sau hạn 10 ngày')
    expect(describeWindow({ opensDaysBeforeDue: 0, lockDays: 0 }, t)).toBe('Mở khi hết kỳ · khóa từ ngày đến hạn')
    expect(describeReminders([1, -5, 0], t)).toBe('5 ngày trước hạn, ngày đến hạn, 1 ngày sau hạn')
    expect(describeReminders([], t)).toBe('Không nhắc')
  })
})

describe('the rules the backend checks', () => {
  it('has a province report to the ministry and every other owner to the province', () => {
    expect(recipientFor('PROVINCE')).toBe('MINISTRY')
    expect(recipientFor('COMMUNE')).toBe('PROVINCE')
    expect(recipientFor('AGENCY')).toBe('PROVINCE')
  })

  it('keeps the regular review to communes and the periodic results to provinces', () => {
    expect(contentFitsOwner('REGULAR_REVIEW', 'COMMUNE')).toBe(true)
    expect(contentFitsOwner('REGULAR_REVIEW', 'PROVINCE')).toBe(false)
    expect(contentFitsOwner('PERIODIC_RESULTS', 'PROVINCE')).toBe(true)
    expect(contentFitsOwner('BRIEFING', 'HELP_GROUP')).toBe(false)
    expect(contentFitsOwner('SUPPORT_RESULTS', 'AGENCY')).toBe(true)
  })
})

describe('runsOf and parseReminderOffsets', () => {
  it('groups consecutive numbers', () => {
    expect(runsOf([8, 1, 2, 3, 5])).toEqual([
      [1, 3],
      [5, 5],
      [8, 8],
    ])
  })

  it('reads signed whole days within ±90, sorted, and names the tokens it refuses', () => {
    expect(parseReminderOffsets(['1', '−5', '+3', '-10'])).toEqual({ offsets: [-10, -5, 1, 3], wrong: [] })
    expect(parseReminderOffsets(['1', '1', '91', 'abc', '2.5'])).toEqual({ offsets: [1], wrong: ['1', '91', 'abc', '2.5'] })
  })
})
