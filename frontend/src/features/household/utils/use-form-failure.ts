import type { FormInstance } from 'antd'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/lib/error-message'
import type { Failure } from '../components/form-failure'
import {
  ADDRESS_MAX_LENGTH,
  CORRECTION_REASON_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  REVIEWER_MAX_LENGTH,
} from './member-form'
import { placeViolations, type FieldPath } from '@/lib/violations'

/** Our own words for what the server refuses, by field (its messages are English). */
const INVALID: Record<string, (t: TFunction, message: string) => string> = {
  fullName: (t, message) =>
    /blank|empty|null/i.test(message)
      ? t('household.invalid.fullNameRequired')
      : t('household.invalid.fullName', { max: FULL_NAME_MAX_LENGTH }),
  citizenId: (t) => t('household.invalid.citizenId'),
  birthDate: (t) => t('household.invalid.birthDate'),
  ethnicity: (t) => t('household.invalid.ethnicity'),
  relationToHead: (t) => t('household.invalid.relationToHead'),
  phone: (t) => t('household.invalid.phone'),
  address: (t) => t('household.invalid.address', { max: ADDRESS_MAX_LENGTH }),
  communeCode: (t) => t('household.invalid.communeCode'),
  surveyYear: (t) => t('household.invalid.surveyYear'),
  reviewer: (t) => t('household.invalid.reviewer', { max: REVIEWER_MAX_LENGTH }),
  correctionReason: (t) => t('household.invalid.correctionReason', { max: CORRECTION_REASON_MAX_LENGTH }),
}

/**
 * The failure of a form's write, with the server's violations (422 validation.failed) shown on the
 * fields they name, in the UI language when the field is known; the others stay in the alert.
 */
export function useFormFailure(form: FormInstance, knownRoots: readonly string[]) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<Failure>()

  const fail = (error: unknown) => {
    if (!isApiError(error) || error.violations.length === 0) {
      setFailure({ error })
      return
    }
    const placed = placeViolations(error.violations, knownRoots, (path: FieldPath, violation) => {
      const leaf = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? ''
      return Object.hasOwn(INVALID, leaf) ? INVALID[leaf](t, violation.message) : violation.message
    })
    // After any validation still running from the submit, which would clear these errors.
    window.setTimeout(() => form.setFields(placed.fields.map((field) => ({ name: field.name, errors: field.errors }))))
    setFailure({ error, rest: placed.rest })
  }

  return { failure, fail, clear: () => setFailure(undefined) }
}
