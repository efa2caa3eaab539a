import type { TFunction } from 'i18next'
import { isTranslationKey } from '@/lib/i18n'

/**
 * Why a file could not be read (a FAILED job), or why its commit was refused: the translation of
 * errors.<failureCode> when the UI knows the code (missing columns, empty, unreadable, not UTF-8, .xls),
 * else the server's message, else a generic text.
 */
export function failureText(
  job: { failureCode: string | null; failureMessage: string | null },
  t: TFunction,
): string {
  const key = job.failureCode ? `errors.${job.failureCode}` : undefined
  if (key && isTranslationKey(key)) return t(key)
  return job.failureMessage || t('imports.failed.generic')
}
