import { Alert, Button } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Violation } from '@/lib/api-client'
import { errorMessage, isApiError } from '@/lib/error-message'

export interface Failure {
  error: unknown
  /** Violations the form could not show on a field. */
  rest?: Violation[]
}

interface ProblemAlertProps {
  failure: Failure | undefined
  /** What a conflict (412: someone else changed the data meanwhile) means here. */
  conflictText?: string
  onReload?: () => void
  /** More about the problem, below its message (e.g. the households a refusal names). */
  children?: ReactNode
}

/**
 * Why a write failed, above the form: a conflict (412) offers to reload; other problems show their
 * translated message (errors.<code>, else the server's detail) and the violations left over.
 */
export function ProblemAlert({ failure, conflictText, onReload, children }: ProblemAlertProps) {
  const { t } = useTranslation()
  if (!failure) return null
  const conflict = isApiError(failure.error, 412)
  const rest = failure.rest ?? []
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid="form-failure"
      title={conflict ? (conflictText ?? t('errors.precondition.failed')) : errorMessage(failure.error, t)}
      description={
        (rest.length > 0 || children) && (
          <>
            {rest.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {rest.map((violation, index) => (
                  <li key={index}>
                    {violation.field}: {violation.message}
                  </li>
                ))}
              </ul>
            )}
            {children}
          </>
        )
      }
      action={
        conflict &&
        onReload && (
          <Button size="small" onClick={onReload}>
            {t('common.reload')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  )
}
