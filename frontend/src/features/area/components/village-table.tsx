import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { errorMessage, isApiError } from '@/lib/error-message'
import { formatDateTime } from '@/lib/format'
import { useDeleteVillage } from '../api/delete-village'
import { useVillages, type Village, type VillageKind } from '../api/list-villages'
import { VillageFormModal } from './village-form-modal'

interface VillageTableProps {
  communeCode: string
  /** Whether the user may create, edit and delete (see canEditVillages). */
  canEdit: boolean
  /** Kind proposed for a new entry: residential groups in wards, villages elsewhere. */
  defaultKind: VillageKind
}

type Editing = { mode: 'create' } | { mode: 'edit'; id: string }

/** The villages / residential groups of one commune, with editing for those allowed to. */
export function VillageTable({ communeCode, canEdit, defaultKind }: VillageTableProps) {
  const { t } = useTranslation()
  const { message, notification } = App.useApp()
  const villages = useVillages(communeCode)
  const deleteVillage = useDeleteVillage(communeCode)
  const [editing, setEditing] = useState<Editing>()
  const [modalOpen, setModalOpen] = useState(false)

  const rows = villages.data?.pages.flatMap((page) => page.items) ?? []
  const editedVillage = editing?.mode === 'edit' ? rows.find((village) => village.id === editing.id) : undefined

  const startEditing = (next: Editing) => {
    setEditing(next)
    setModalOpen(true)
  }

  const reloadVillage = async (id: string): Promise<Village | undefined> => {
    const result = await villages.refetch()
    return result.data?.pages.flatMap((page) => page.items).find((village) => village.id === id)
  }

  const remove = async (village: Village) => {
    try {
      await deleteVillage.mutateAsync(village)
      void message.success(t('area.villages.deleted', { name: village.name }))
    } catch (error) {
      const conflict = isApiError(error, 412)
      const key = `delete-${village.id}`
      notification.warning({
        key,
        title: conflict ? t('area.villages.conflict') : errorMessage(error, t),
        actions: conflict && (
          <Button
            size="small"
            onClick={() => {
              notification.destroy(key)
              void villages.refetch()
            }}
          >
            {t('common.reload')}
          </Button>
        ),
      })
    }
  }

  const columns: TableColumnsType<Village> = [
    { title: t('area.village.name'), dataIndex: 'name' },
    {
      title: t('area.village.kind'),
      dataIndex: 'kind',
      width: 180,
      render: (_, village) => (
        <Tag color={village.kind === 'VILLAGE' ? 'green' : 'blue'}>{t(`area.village.kind.${village.kind}`)}</Tag>
      ),
    },
    {
      title: t('area.villages.updatedAt'),
      dataIndex: 'updatedAt',
      width: 180,
      render: (_, village) => formatDateTime(village.updatedAt ?? village.createdAt),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_: unknown, village: Village) => (
              <Space>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => startEditing({ mode: 'edit', id: village.id })}
                >
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('area.villages.deleteConfirm', { name: village.name })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(village)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ]

  return (
    <Card
      title={t('area.villages.title')}
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => startEditing({ mode: 'create' })}>
            {t('area.villages.create')}
          </Button>
        )
      }
    >
      {villages.isError ? (
        <QueryError error={villages.error} onRetry={() => void villages.refetch()} />
      ) : (
        <>
          <Table<Village>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={villages.isPending}
            pagination={false}
            locale={{ emptyText: t('area.villages.empty') }}
          />
          <LoadMore
            shown={rows.length}
            hasMore={villages.hasNextPage}
            loading={villages.isFetchingNextPage}
            onLoadMore={() => void villages.fetchNextPage()}
          />
        </>
      )}
      {canEdit && editing && (
        <VillageFormModal
          key={editing.mode === 'edit' ? editing.id : 'create'}
          open={modalOpen && (editing.mode === 'create' || editedVillage !== undefined)}
          communeCode={communeCode}
          village={editedVillage}
          defaultKind={defaultKind}
          onClose={() => setModalOpen(false)}
          afterClose={() => setEditing(undefined)}
          onReload={() => reloadVillage(editing.mode === 'edit' ? editing.id : '')}
        />
      )}
    </Card>
  )
}
