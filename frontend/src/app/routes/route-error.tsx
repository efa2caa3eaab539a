import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { errorMessage } from '@/lib/error-message'
import { NotFoundRoute } from './not-found'

/** Shown when rendering a route throws (a bug, or a lazy chunk that failed to load). */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />
  return (
    <Result
      status="error"
      title={t('app.routeError.title')}
      subTitle={errorMessage(error, t)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  )
}
