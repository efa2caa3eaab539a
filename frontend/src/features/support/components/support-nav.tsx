import { Menu } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { TranslationKey } from '@/lib/i18n'

const PAGES: { path: string; labelKey: TranslationKey }[] = [
  { path: '/support', labelKey: 'support.nav.workspace' },
  { path: '/support/groups', labelKey: 'support.nav.groups' },
  { path: '/support/cross-checks', labelKey: 'support.nav.crossChecks' },
  { path: '/support/reports', labelKey: 'support.nav.reports' },
]

/** The pages of support work (one sidebar entry leads to all of them). */
export function SupportNav() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const selected =
    PAGES.slice(1).find((page) => pathname === page.path || pathname.startsWith(`${page.path}/`))?.path ?? '/support'
  return (
    <Menu
      mode="horizontal"
      selectedKeys={[selected]}
      items={PAGES.map((page) => ({ key: page.path, label: <Link to={page.path}>{t(page.labelKey)}</Link> }))}
      style={{ marginBottom: 16 }}
      data-testid="support-nav"
    />
  )
}
