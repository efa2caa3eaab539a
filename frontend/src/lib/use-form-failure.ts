import type { FormInstance } from 'antd'
import { useState } from 'react'
import type { Failure } from '@/components/problem-alert'
import { isApiError } from '@/lib/error-message'
import { placeViolations } from '@/lib/violations'

/**
 * The failure of a form's write: the server's violations (422 validation.failed) shown on the fields
 * they name, the others (and any other problem) in the form's alert.
 */
export function useFormFailure(form: FormInstance, knownRoots: readonly string[]) {
  const [failure, setFailure] = useState<Failure>()

  const fail = (error: unknown) => {
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
