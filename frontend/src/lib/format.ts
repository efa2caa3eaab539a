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
