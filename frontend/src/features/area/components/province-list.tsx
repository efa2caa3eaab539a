import { SearchOutlined } from '@ant-design/icons'
import { Input, Table, Typography, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { matchesText } from '@/lib/text'
import { useProvinces, type Province } from '../api/list-provinces'
import { UnitTypeTag } from './unit-type-tag'

function matchesProvince(province: Province, filter: string): boolean {
  return [province.code, province.name, province.fullName, province.nameEn ?? ''].some((text) =>
    matchesText(text, filter),
  )
}

/** The 34 provinces and municipalities, filtered in the browser. */
export function ProvinceList() {
  const { t } = useTranslation()
  const provinces = useProvinces()
  const [filter, setFilter] = useState('')

  const rows = useMemo(
    () => (provinces.data ?? []).filter((province) => matchesProvince(province, filter)),
    [provinces.data, filter],
  )

  const columns: TableColumnsType<Province> = [
    { title: t('area.field.code'), dataIndex: 'code', width: 90 },
    {
      title: t('area.field.name'),
      dataIndex: 'name',
      render: (_, province) => (
        <>
          <Link to={`/areas/${province.code}`}>{province.name}</Link>
          <br />
          <Typography.Text type="secondary">{province.fullName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('area.field.unitType'),
      dataIndex: 'unitType',
      width: 160,
      render: (_, province) => <UnitTypeTag unitType={province.unitType} />,
    },
    {
      title: t('area.field.communeCount'),
      dataIndex: 'communeCount',
      width: 200,
      align: 'right',
      sorter: (a, b) => a.communeCount - b.communeCount,
    },
  ]

  if (provinces.isError) return <QueryError error={provinces.error} onRetry={() => void provinces.refetch()} />

  return (
    <>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('area.provinces.filter')}
        aria-label={t('area.provinces.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        style={{ maxWidth: 360, marginBottom: 16 }}
      />
      <Table<Province>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={provinces.isPending}
        pagination={false}
        locale={{ emptyText: t('area.provinces.empty') }}
        footer={() => t('common.total', { count: rows.length })}
      />
    </>
  )
}
