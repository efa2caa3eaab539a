import { ApartmentOutlined, AuditOutlined, BookOutlined, HomeOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { Schemas } from '@/lib/api-client'
import { canReadHouseholds } from '@/lib/authorization'
import type { TranslationKey } from '@/lib/i18n'

export interface NavItem {
  /** Route path; the item is selected for this path and everything under it. */
  path: string
  labelKey: TranslationKey
  icon: ReactNode
  /** Whether the user sees the entry; everyone signed in when absent. */
  visible?: (user: Pick<Schemas['CurrentUserView'], 'roles'> | undefined) => boolean
}

/** The sidebar, one entry per feature (reviews, support, reports come next). */
export const navItems: NavItem[] = [
  { path: '/households', labelKey: 'nav.households', icon: <HomeOutlined />, visible: canReadHouseholds },
  { path: '/areas', labelKey: 'nav.areas', icon: <ApartmentOutlined /> },
  { path: '/classification', labelKey: 'nav.classification', icon: <AuditOutlined /> },
  { path: '/standards', labelKey: 'nav.standards', icon: <BookOutlined /> },
]

export function selectedNavPath(pathname: string): string | undefined {
  return navItems.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path
}

/** The entries the user sees. */
export function visibleNavItems(user: Pick<Schemas['CurrentUserView'], 'roles'> | undefined): NavItem[] {
  return navItems.filter((item) => !item.visible || item.visible(user))
}
