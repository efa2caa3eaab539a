import { ApartmentOutlined, AuditOutlined, BookOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { TranslationKey } from '@/lib/i18n'

export interface NavItem {
  /** Route path; the item is selected for this path and everything under it. */
  path: string
  labelKey: TranslationKey
  icon: ReactNode
}

/** The sidebar, one entry per feature (households, reviews, support, reports come next). */
export const navItems: NavItem[] = [
  { path: '/areas', labelKey: 'nav.areas', icon: <ApartmentOutlined /> },
  { path: '/classification', labelKey: 'nav.classification', icon: <AuditOutlined /> },
  { path: '/standards', labelKey: 'nav.standards', icon: <BookOutlined /> },
]

export function selectedNavPath(pathname: string): string | undefined {
  return navItems.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path
}
