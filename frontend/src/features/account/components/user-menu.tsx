import { DownOutlined, LogoutOutlined, UserOutlined, WarningOutlined } from '@ant-design/icons'
import { Avatar, Button, Divider, Dropdown, Flex, Space, Tag, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { logout, tokenDisplayName } from '@/lib/auth'
import { isRole } from '@/lib/authorization'
import { errorMessage } from '@/lib/error-message'
import { useCurrentUser, type CurrentUser } from '../api/get-current-user'

function AccountDetails({ user }: { user: CurrentUser }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={8}>
      <div>
        <Typography.Text strong>{user.name}</Typography.Text>
        <br />
        <Typography.Text type="secondary">{user.email ?? user.username}</Typography.Text>
      </div>
      <div>
        <Typography.Text type="secondary">{t('account.roles')}</Typography.Text>
        <div>
          {user.roles.map((role) => (
            <Tag key={role} color="blue" style={{ marginTop: 4 }}>
              {isRole(role) ? t(`roles.${role}`) : role}
            </Tag>
          ))}
        </div>
      </div>
      <div>
        <Typography.Text type="secondary">{t('account.jurisdiction')}</Typography.Text>
        <div data-testid="user-jurisdiction">
          {user.national && <Tag color="gold">{t('account.national')}</Tag>}
          {user.areas.map((area) => (
            <Tag key={area.code} style={{ marginTop: 4 }}>
              {area.fullName}
            </Tag>
          ))}
          {!user.national && user.areas.length === 0 && (
            <Typography.Text type="secondary">{t('account.noArea')}</Typography.Text>
          )}
        </div>
      </div>
    </Flex>
  )
}

/** Header menu: who is logged in, their roles and jurisdiction, and logout. */
export function UserMenu() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const currentUser = useCurrentUser()
  const displayName = currentUser.data?.name ?? tokenDisplayName() ?? ''

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      popupRender={() => (
        <div
          style={{
            width: 320,
            padding: token.paddingMD,
            background: token.colorBgElevated,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadowSecondary,
          }}
        >
          {currentUser.data ? (
            <AccountDetails user={currentUser.data} />
          ) : currentUser.isError ? (
            <Typography.Text type="danger">
              {t('account.loadFailed')}: {errorMessage(currentUser.error, t)}
            </Typography.Text>
          ) : null}
          <Divider style={{ margin: '12px 0' }} />
          <Button icon={<LogoutOutlined />} block onClick={() => void logout()}>
            {t('account.logout')}
          </Button>
        </div>
      )}
    >
      <Button type="text" data-testid="user-menu" style={{ height: 'auto', padding: '4px 8px' }}>
        <Space>
          <Avatar size="small" icon={currentUser.isError ? <WarningOutlined /> : <UserOutlined />} />
          <span>{displayName}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
  )
}
