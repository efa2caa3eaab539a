import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd'
import enUS from 'antd/locale/en_US'
import viVN from 'antd/locale/vi_VN'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { createQueryClient } from '@/lib/query-client'

const antdLocales = { vi: viVN, en: enUS } as const

const appTheme: ThemeConfig = {
  token: { colorPrimary: '#1d5fa8', borderRadius: 6 },
}

/** antd follows the UI language: vi_VN or en_US (dayjs follows via lib/i18n). */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? antdLocales.en : antdLocales.vi
  return (
    <ConfigProvider locale={locale} theme={appTheme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  )
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <AntdProvider>{children}</AntdProvider>
    </QueryClientProvider>
  )
}
