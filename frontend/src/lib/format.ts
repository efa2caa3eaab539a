import dayjs from 'dayjs'

const moneyFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

/** Vietnamese đồng with dot grouping: 1500000 → "1.500.000 ₫" (same in every UI language). */
export function formatMoney(amount: number): string {
  return `${moneyFormat.format(amount)} ₫`
}

/** An ISO date or date-time as dd/MM/yyyy; empty for a missing value, unchanged if unreadable. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const date = dayjs(value)
  return date.isValid() ? date.format('DD/MM/YYYY') : value
}

/** A date-time as dd/MM/yyyy HH:mm. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const date = dayjs(value)
  return date.isValid() ? date.format('DD/MM/YYYY HH:mm') : value
}

/** The number formats of a UI language: Vietnamese groups with dots and uses a decimal comma. */
function numberLocale(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'vi-VN'
}

/** A count or measure: 5000 → "5.000" (vi) / "5,000" (en); at most `digits` decimals. */
export function formatNumber(value: number | null | undefined, language?: string, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  return new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: digits }).format(value)
}

/**
 * A rate already in percent: 4.1 → "4,1 %" in Vietnamese (a non-breaking space before the sign, as
 * Vietnamese typesetting writes it), "4.1%" in English; at most `digits` decimals (12.04 → "12,04 %").
 * Empty for a missing value.
 */
export function formatRate(value: number | null | undefined, language?: string, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  const number = formatNumber(value, language, digits)
  return language === 'en' ? `${number}%` : `${number}\u00a0%`
}

/** A share between 0 and 1 as a rate: 0.875 → "87,5 %". */
export function formatShare(value: number | null | undefined, language?: string, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  return formatRate(value * 100, language, digits)
}
