import type { TFunction } from 'i18next'
import { ApiError } from './api-client'
import { isTranslationKey } from './i18n'

/**
 * The text shown for an error: the translation of `errors.<code>`, else the server's `detail`,
 * else a generic message. Network failures (fetch throws a TypeError) get their own text.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`
    if (isTranslationKey(key)) return t(key)
    if (error.detail) return error.detail
    return t('errors.generic')
  }
  if (error instanceof TypeError) return t('errors.network')
  return t('errors.generic')
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}
