import { SearchOutlined } from '@ant-design/icons'
import { Flex, Input, Select, Table, type TableColumnsType } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { COMMUNE_UNIT_TYPES, useCommunes, type Commune, type CommuneUnitType } from '../api/list-communes'
import { AreaTypeLabel, UnitTypeTag } from './unit-type-tag'

function parseType(value: string | null): CommuneUnitType | undefined {
  return COMMUNE_UNIT_TYPES.find((type) => type === value)
}

/**
 * The communes of a province, searched on the server (`q`, diacritics-insensitive) and filtered
 * by unit type; both live in the URL (?q=&type=) so back/forward and shared links keep them.
 */
export function CommuneList({ provinceCode }: { provinceCode: string }) {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const q = searchParams.get('q') ?? ''
  const type = parseType(searchParams.get('type'))

  const [searchText, setSearchText] = useState(q)
  const debouncedSearch = useDebouncedValue(searchText)

  useEffect(() => {
    if (debouncedSearch.trim() === q) return
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        if (debouncedSearch.trim()) next.set('q', debouncedSearch.trim())
        else next.delete('q')
        return next
      },
      { replace: true },
    )
  }, [debouncedSearch, q, setSearchParams])

  const communes = useCommunes({ provinceCode, q, type })
  const rows = communes.data?.pages.flatMap((page) => page.items) ?? []

  const setType = (value: CommuneUnitType | undefined) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params)
      if (value) next.set('type', value)
      else next.delete('type')
      return next
    })

  const columns: TableColumnsType<Commune> = [
    { title: t('area.field.code'), dataIndex: 'code', width: 100 },
    {
      title: t('area.field.name'),
      dataIndex: 'fullName',
      render: (_, commune) => (
        <Link to={`/areas/${provinceCode}/communes/${commune.code}`}>{commune.fullName}</Link>
      ),
    },
    {
      title: t('area.field.unitType'),
      dataIndex: 'unitType',
      width: 140,
      render: (_, commune) => <UnitTypeTag unitType={commune.unitType} />,
    },
    {
      title: t('area.field.areaType'),
      dataIndex: 'areaType',
      width: 140,
      render: (_, commune) => <AreaTypeLabel areaType={commune.areaType} />,
    },
  ]

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('area.communes.search')}
          aria-label={t('area.communes.search')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          style={{ maxWidth: 360 }}
        />
        <Select<CommuneUnitType>
          allowClear
          placeholder={t('area.communes.allTypes')}
          aria-label={t('area.field.unitType')}
          value={type}
          onChange={(value) => setType(value)}
          options={COMMUNE_UNIT_TYPES.map((value) => ({ value, label: t(`area.unitType.${value}`) }))}
          style={{ width: 200 }}
        />
      </Flex>
      {communes.isError ? (
        <QueryError error={communes.error} onRetry={() => void communes.refetch()} />
      ) : (
        <>
          <Table<Commune>
            rowKey="code"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={communes.isPending || (communes.isFetching && communes.isPlaceholderData)}
            pagination={false}
            locale={{ emptyText: t('area.communes.empty') }}
          />
          <LoadMore
            shown={rows.length}
            hasMore={communes.hasNextPage}
            loading={communes.isFetchingNextPage}
            onLoadMore={() => void communes.fetchNextPage()}
          />
        </>
      )}
    </>
  )
}
