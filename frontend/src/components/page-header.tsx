import { Breadcrumb, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

export interface Crumb {
  title: ReactNode
  /** Omitted for the current page. */
  to?: string
}

/** Page title with the breadcrumb leading to it. */
export function PageHeader({ title, crumbs = [], extra }: { title: ReactNode; crumbs?: Crumb[]; extra?: ReactNode }) {
  return (
    <header style={{ marginBottom: 16 }}>
      {crumbs.length > 0 && (
        <Breadcrumb
          items={crumbs.map((crumb) => ({ title: crumb.to ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title }))}
        />
      )}
      <Typography.Title level={3} style={{ marginTop: 8, marginBottom: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </header>
  )
}
