import { Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { YearFigure } from '../api/get-dashboard'

/** The chart's figures as a table: households, poor and near-poor with their rates, and where they come from. */
export function YearFiguresTable({ years }: { years: readonly YearFigure[] }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const columns: TableColumnsType<YearFigure> = [
    { title: t('dashboard.field.year'), dataIndex: 'year', width: 80 },
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
    {
      title: t('dashboard.field.source'),
      key: 'source',
      render: (_, row) =>
        row.source === 'HISTORICAL' ? (
          <Tag color="purple">{t('dashboard.source.HISTORICAL')}</Tag>
        ) : (
          <Tag color="blue">{t('dashboard.source.REGISTRY')}</Tag>
        ),
    },
  ]
  return (
    <Table<YearFigure>
      data-testid="year-figures"
      size="small"
      rowKey="year"
      columns={columns}
      dataSource={years.toReversed()}
      pagination={false}
    />
  )
}
