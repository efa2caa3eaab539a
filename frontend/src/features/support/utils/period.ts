import dayjs, { type Dayjs } from 'dayjs'

/** The first year support work is recorded for. */
export const FIRST_YEAR = 2016

/** A date as the API takes it: yyyy-MM-dd. */
export function isoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD')
}

/** The current month as the API takes it: yyyy-MM. */
export function currentMonth(): string {
  return dayjs().format('YYYY-MM')
}

export function currentYear(): number {
  return dayjs().year()
}

/** Years to choose from, newest first: next year down to the first one. */
export function yearOptions(): { value: number; label: string }[] {
  const last = currentYear() + 1
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => last - index).map((year) => ({
    value: year,
    label: String(year),
  }))
}

/** A share 0..1 as a percentage with one decimal at most: 0.5 → "50", 0.125 → "12,5" (vi) / "12.5" (en). */
export function formatShare(share: number | null | undefined, language: string): string | undefined {
  if (share === null || share === undefined) return undefined
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(share * 100)
}
