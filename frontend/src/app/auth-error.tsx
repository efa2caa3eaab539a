import { Button, Flex, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { AntdProvider } from './provider'

/** Shown instead of the app when Keycloak cannot be reached at start-up. */
export function AuthError() {
  const { t } = useTranslation()
  return (
    <AntdProvider>
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Result
          status="warning"
          title={t('app.authError.title')}
          subTitle={t('app.authError.description')}
          extra={
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('common.retry')}
            </Button>
          }
        />
      </Flex>
    </AntdProvider>
  )
}
