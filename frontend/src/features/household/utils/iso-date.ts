import type { Dayjs } from 'dayjs'

/** A date as the API takes it: yyyy-MM-dd. */
export function isoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD')
}
