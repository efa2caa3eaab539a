import { Flex, Layout, Menu, Typography, theme } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { UserMenu } from '@/features/account/components/user-menu'
import { LanguageSwitch } from './language-switch'
import { selectedNavPath, visibleNavItems } from './nav-items'

const SIDER_WIDTH = 240

/** Sidebar with one entry per feature, header with language switch and user menu. */
export function AppLayout() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const location = useLocation()
  const navigate = useNavigate()
  const [collapsed, setCollapsed] = useState(false)
  const currentUser = useCurrentUser()
  const selected = selectedNavPath(location.pathname)

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={SIDER_WIDTH}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex vertical justify="center" style={{ minHeight: 64, padding: '10px 20px', overflow: 'hidden' }}>
          <Typography.Text strong style={{ fontSize: 18, color: token.colorPrimary, whiteSpace: 'nowrap' }}>
            {collapsed ? 'GN' : t('app.name')}
          </Typography.Text>
          {!collapsed && (
            <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.4 }}>
              {t('app.subtitle')}
            </Typography.Text>
          )}
        </Flex>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={visibleNavItems(currentUser.data).map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
          onClick={({ key }) => void navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 16,
            padding: '0 24px',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <LanguageSwitch />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
