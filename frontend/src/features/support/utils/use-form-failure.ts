import type { FormInstance } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '@/components/problem-alert'
import { errorMessage, isApiError } from '@/lib/error-message'
import { placeViolations } from '@/lib/violations'

/**
 * The failure of a support form's write. The server's violations (422 validation.failed) land on
 * the fields they name; a business rule about one field (`codeFields`: code → field) is shown on it,
 * in the UI language; everything else goes to the alert above the form.
 */
export function useFormFailure(form: FormInstance, knownRoots: readonly string[], codeFields: Record<string, string> = {}) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<Failure>()

  const fail = (error: unknown) => {
    if (isApiError(error) && Object.hasOwn(codeFields, error.code)) {
      const field = codeFields[error.code]
      window.setTimeout(() => form.setFields([{ name: field, errors: [errorMessage(error, t)] }]))
      setFailure(undefined)
      return
    }
    if (!isApiError(error) || error.violations.length === 0) {
      setFailure({ error })
      return
    }
    const placed = placeViolations(error.violations, knownRoots)
    // After any validation still running from the submit, which would clear these errors.
    window.setTimeout(() => form.setFields(placed.fields.map((field) => ({ name: field.name, errors: field.errors }))))
    setFailure({ error, rest: placed.rest })
  }

  return { failure, fail, clear: () => setFailure(undefined) }
}
