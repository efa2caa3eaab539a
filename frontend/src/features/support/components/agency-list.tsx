import { UserAddOutlined } from '@ant-design/icons'
import { App, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/lib/error-message'
import type { Agency } from '../api/list-agencies'
import { useUnlinkUser } from '../api/unlink-user'

interface AgencyListProps {
  agencies: readonly Agency[]
  loading: boolean
  /** Province officers: link and unlink users. */
  onLinkUser?: (agency: Agency) => void
}

/** The helping agencies of the province, with their contact and the user accounts linked to each. */
export function AgencyList({ agencies, loading, onLinkUser }: AgencyListProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const unlink = useUnlinkUser()
  const columns: TableColumnsType<Agency> = [
    { title: t('support.agency.name'), dataIndex: 'name' },
    { title: t('support.agency.kind'), key: 'kind', render: (_, agency) => t(`support.agencyKind.${agency.kind}`) },
    { title: t('support.agency.level'), key: 'level', render: (_, agency) => t(`support.agencyLevel.${agency.level}`) },
    {
      title: t('support.agency.contact'),
      key: 'contact',
      render: (_, agency) => (
        <Flex vertical>
          {[agency.contactName, agency.contactPhone, agency.contactEmail].filter(Boolean).map((line) => (
            <Typography.Text key={line}>{line}</Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: t('support.agency.users'),
      key: 'users',
      render: (_, agency) => (
        <Flex gap={4} wrap align="center">
          {agency.users.map((username) => (
            <Tag
              key={username}
              closable={Boolean(onLinkUser)}
              onClose={(event) => {
                event.preventDefault()
                unlink.mutate(
                  { agencyId: agency.id, username },
                  {
                    onSuccess: () => void message.success(t('support.agency.unlinked', { username })),
                    onError: (error) => void message.error(errorMessage(error, t)),
                  },
                )
              }}
            >
              {username}
            </Tag>
          ))}
          {onLinkUser && (
            <Button size="small" type="dashed" icon={<UserAddOutlined />} onClick={() => onLinkUser(agency)}>
              {t('support.agency.link')}
            </Button>
          )}
        </Flex>
      ),
    },
  ]
  return (
    <Table<Agency>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={agencies as Agency[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('support.agency.empty') }}
      data-testid="agency-table"
    />
  )
}
