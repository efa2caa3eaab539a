import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  HeartOutlined,
  HomeOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { Schemas } from '@/lib/api-client'
import {
  canReadDashboards,
  canReadHouseholds,
  canReadImports,
  canReadReporting,
  canReadReports,
  canReadReviews,
  canReadSupport,
} from '@/lib/authorization'
import type { TranslationKey } from '@/lib/i18n'

export interface NavItem {
  /** Route path; the item is selected for this path and everything under it. */
  path: string
  labelKey: TranslationKey
  icon: ReactNode
  /** Whether the user sees the entry; everyone signed in when absent. */
  visible?: (user: Pick<Schemas['CurrentUserView'], 'roles'> | undefined) => boolean
}

/** The sidebar, one entry per feature (reports come next). */
export const navItems: NavItem[] = [
  { path: '/dashboard', labelKey: 'dashboard.nav', icon: <DashboardOutlined />, visible: canReadDashboards },
  { path: '/households', labelKey: 'nav.households', icon: <HomeOutlined />, visible: canReadHouseholds },
  { path: '/imports', labelKey: 'nav.imports', icon: <CloudUploadOutlined />, visible: canReadImports },
  { path: '/reviews', labelKey: 'nav.reviews', icon: <FileSearchOutlined />, visible: canReadReviews },
  { path: '/support', labelKey: 'nav.support', icon: <HeartOutlined />, visible: canReadSupport },
  { path: '/reporting', labelKey: 'reporting.nav.obligations', icon: <FileDoneOutlined />, visible: canReadReporting },
  { path: '/reports', labelKey: 'reporting.nav.reports', icon: <BarChartOutlined />, visible: canReadReports },
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
