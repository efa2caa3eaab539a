import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Skeleton, Table, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { useFormats } from '@/lib/use-formats'
import { useHistoricalFigures, type HistoricalFigure } from '../api/list-historical-figures'
import { HistoricalFigureModal } from './historical-figure-modal'

type Editing = { figure?: HistoricalFigure }

/**
 * A unit's figures entered by hand (years before the registry, from resolutions and reports), with
 * their source; officers of the unit add a year or correct one.
 */
export function HistoricalFigures({ unitCode, canEdit }: { unitCode: string; canEdit: boolean }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const figures = useHistoricalFigures(unitCode)
  const [editing, setEditing] = useState<Editing>()

  if (figures.isError) return <QueryError error={figures.error} onRetry={() => void figures.refetch()} />
  if (!figures.data) return <Skeleton active paragraph={{ rows: 3 }} />

  const columns: TableColumnsType<HistoricalFigure> = [
    { title: t('dashboard.field.year'), dataIndex: 'year', width: 70 },
    { title: t('dashboard.field.households'), key: 'households', align: 'right', render: (_, row) => formats.number(row.households) },
    { title: t('dashboard.field.poor'), key: 'poor', align: 'right', render: (_, row) => formats.number(row.poor) },
    { title: t('dashboard.field.poorRate'), key: 'poorRate', align: 'right', render: (_, row) => formats.rate(row.poorRate) },
    { title: t('dashboard.field.nearPoor'), key: 'nearPoor', align: 'right', render: (_, row) => formats.number(row.nearPoor) },
    {
      title: t('dashboard.field.nearPoorRate'),
      key: 'nearPoorRate',
      align: 'right',
      render: (_, row) => formats.rate(row.nearPoorRate),
    },
    { title: t('dashboard.historical.standard'), key: 'standard', width: '16%', ellipsis: true, render: (_, row) => row.standard ?? '' },
    {
      title: t('dashboard.historical.source'),
      key: 'source',
      width: '26%',
      ellipsis: { showTitle: false },
      render: (_, row) => (
        <Tooltip title={row.source} placement="topLeft">
          <span style={{ fontSize: 12 }}>{row.source}</span>
        </Tooltip>
      ),
    },
  ]
  if (canEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      render: (_, row) => (
        <Tooltip title={t('common.edit')}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('dashboard.historical.editYear', { year: row.year })}
            onClick={() => setEditing({ figure: row })}
          />
        </Tooltip>
      ),
    })
  }

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('dashboard.historical.intro')}</Typography.Text>
        {canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('dashboard.historical.add')}
          </Button>
        )}
      </Flex>
      <Table<HistoricalFigure>
        data-testid="historical-figures"
        size="small"
        rowKey="year"
        columns={columns}
        dataSource={figures.data}
        pagination={false}
        locale={{ emptyText: t('dashboard.historical.none') }}
      />
      {editing && (
        <HistoricalFigureModal
          key={editing.figure?.year ?? 'new'}
          open
          onClose={() => setEditing(undefined)}
          unitCode={unitCode}
          figure={editing.figure}
          takenYears={figures.data.map((figure) => figure.year)}
        />
      )}
    </>
  )
}
