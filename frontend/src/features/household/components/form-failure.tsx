import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Violation } from '@/lib/api-client'
import { errorMessage, isApiError } from '@/lib/error-message'

export interface Failure {
  error: unknown
  /** Violations the form could not show on a field. */
  rest?: Violation[]
}

/**
 * Why a write failed, above the form: a conflict (412: someone else changed the household) offers
 * to reload; other problems show their translated message and the violations left over.
 */
export function FormFailure({ failure, onReload }: { failure: Failure | undefined; onReload?: () => void }) {
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
      title={conflict ? t('household.conflict') : errorMessage(failure.error, t)}
      description={
        rest.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {rest.map((violation, index) => (
              <li key={index}>
                {violation.field}: {violation.message}
              </li>
            ))}
          </ul>
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
