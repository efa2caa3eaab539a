import type { TFunction } from 'i18next'
import type { DueRule, Obligation, OwnerLevel, PeriodType, RecipientLevel, ReportContent } from '../api/list-obligations'

/** The periods a year has of each type: months 1–12, quarters 1–4, halves 1–2, the year itself. */
export function periodNumbers(periodType: PeriodType): number[] {
  const count = { MONTHLY: 12, QUARTERLY: 4, HALF_YEARLY: 2, YEARLY: 1 }[periodType]
  return Array.from({ length: count }, (_, index) => index + 1)
}

/** The level an owner reports to (the backend's rule): a province to the ministry, every other owner to the province. */
export function recipientFor(owner: OwnerLevel): RecipientLevel {
  return owner === 'PROVINCE' ? 'MINISTRY' : 'PROVINCE'
}

/** Which owners report which content (the backend's rule). */
const CONTENT_OWNERS: Record<ReportContent, readonly OwnerLevel[]> = {
  REGULAR_REVIEW: ['COMMUNE'],
  PERIODIC_RESULTS: ['PROVINCE'],
  BRIEFING: ['COMMUNE', 'PROVINCE'],
  SUPPORT_RESULTS: ['COMMUNE', 'PROVINCE', 'HELP_GROUP', 'AGENCY'],
}

export function contentFitsOwner(content: ReportContent, owner: OwnerLevel): boolean {
  return CONTENT_OWNERS[content].includes(owner)
}

/** Sorted numbers as runs of consecutive ones: [1, 2, 3, 7] → [[1, 3], [7, 7]]. */
export function runsOf(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = []
  for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && number === last[1] + 1) last[1] = number
    else runs.push([number, number])
  }
  return runs
}

/** Numbers in words: runs of three or more as "1–8", the others listed ("1, 3, 5", "1–3, 7"). */
function listOf(numbers: readonly number[], name: (number: number) => string = String): string {
  return runsOf(numbers)
    .flatMap(([first, last]) =>
      last - first >= 2 ? [`${name(first)}–${name(last)}`] : Array.from({ length: last - first + 1 }, (_, index) => name(first + index)),
    )
    .join(', ')
}

const ROMAN = ['I', 'II', 'III', 'IV']
/** A quarter as written in Vietnamese documents: 3 → "III". */
export const quarterName = (quarter: number) => ROMAN[quarter - 1] ?? String(quarter)

/** "Hằng tháng: tháng 1–8", "Hằng quý: quý I, III", "6 tháng đầu năm", "Hằng năm"; every period of the type: the type alone. */
export function describePeriods(obligation: Pick<Obligation, 'periodType' | 'periods'>, t: TFunction): string {
  const { periodType, periods } = obligation
  const all = periodNumbers(periodType).every((period) => periods.includes(period))
  if (all || periodType === 'YEARLY') return t(`reporting.obligations.periodType.${periodType}`)
  switch (periodType) {
    case 'MONTHLY':
      return t('reporting.obligations.periods.MONTHLY', { list: listOf(periods) })
    case 'QUARTERLY':
      return t('reporting.obligations.periods.QUARTERLY', { list: listOf(periods, quarterName) })
    case 'HALF_YEARLY':
      return periods.includes(1) ? t('reporting.obligations.half.1') : t('reporting.obligations.half.2')
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** "Ngày 5 tháng sau", "15/11", "10 ngày sau kỳ" (0: the period's last day). */
export function describeDueRule(obligation: Pick<Obligation, 'dueRule' | 'dueDay' | 'dueMonth'>, t: TFunction): string {
  const { dueRule, dueDay, dueMonth } = obligation
  switch (dueRule) {
    case 'DAY_OF_NEXT_MONTH':
      return t('reporting.obligations.due.DAY_OF_NEXT_MONTH', { day: dueDay })
    case 'FIXED_DATE':
      return t('reporting.obligations.due.FIXED_DATE', { day: pad(dueDay), month: pad(dueMonth ?? 0) })
    case 'DAYS_AFTER_PERIOD':
      return dueDay === 0
        ? t('reporting.obligations.due.periodEnd')
        : t('reporting.obligations.due.DAYS_AFTER_PERIOD', { count: dueDay })
  }
}

/** When a period opens and locks: "Mở trước hạn 15 ngày · khóa sau hạn 10 ngày". */
export function describeWindow(obligation: Pick<Obligation, 'opensDaysBeforeDue' | 'lockDays'>, t: TFunction): string {
  const opens =
    obligation.opensDaysBeforeDue > 0
      ? t('reporting.obligations.opens', { count: obligation.opensDaysBeforeDue })
      : t('reporting.obligations.opensAfterPeriod')
  const locks =
    obligation.lockDays > 0 ? t('reporting.obligations.locks', { count: obligation.lockDays }) : t('reporting.obligations.locksAtDue')
  return `${opens} · ${locks}`
}

/** The reminders, earliest first: "5 ngày trước hạn, 1 ngày sau hạn"; none: "Không nhắc". */
export function describeReminders(offsets: readonly number[], t: TFunction): string {
  if (offsets.length === 0) return t('reporting.obligations.reminder.none')
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offset) =>
      offset < 0
        ? t('reporting.obligations.reminder.before', { count: -offset })
        : offset > 0
          ? t('reporting.obligations.reminder.after', { count: offset })
          : t('reporting.obligations.reminder.onDue'),
    )
    .join(', ')
}

export const REMINDER_LIMIT = 10
export const REMINDER_RANGE = 90

/**
 * Reminder offsets as typed ("-5", "−5", "+1", "1"): the numbers, sorted, or the tokens that are not
 * whole numbers within ±90 days (or repeat one before them).
 */
export function parseReminderOffsets(tokens: readonly string[]): { offsets: number[]; wrong: string[] } {
  const offsets: number[] = []
  const wrong: string[] = []
  for (const token of tokens) {
    const text = token.trim().replace('−', '-')
    const value = /^[+-]?\d{1,3}$/.test(text) ? Number(text) : Number.NaN
    if (Number.isNaN(value) || Math.abs(value) > REMINDER_RANGE || offsets.includes(value)) wrong.push(token)
    else offsets.push(value)
  }
  return { offsets: offsets.sort((a, b) => a - b), wrong }
}

/** The due rules a period type may use: a fixed date only for a yearly obligation (the backend's rule). */
export function dueRuleFits(dueRule: DueRule, periodType: PeriodType): boolean {
  return dueRule !== 'FIXED_DATE' || periodType === 'YEARLY'
}
