import { ClearOutlined, DownloadOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons'
import { App, Button, Flex, Input, Select, Table, Tooltip, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { errorMessage } from '@/lib/error-message'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useDownloadHouseholds, type HouseholdFileFormat } from '../api/download-households'
import {
  HOUSEHOLD_CLASSES,
  HOUSEHOLD_STATUSES,
  householdClassOf,
  SUBGROUPS,
  useHouseholds,
  type HouseholdSummary,
} from '../api/list-households'
import type { AreaPickers } from '../utils/area-pickers'
import type { IndicatorName } from '../utils/indicators'
import { FILTER_PARAMS, parseFilter, withFilter, type FilterParam } from '../utils/list-filter'
import { HouseholdStatusTag } from './household-status-tag'

const FIRST_YEAR = 2016

interface HouseholdListProps extends AreaPickers {
  /** The commune shown first (a commune officer's own); the user may pick another or all. */
  defaultCommuneCode?: string
  /** Indicators of the standards, for the "deprived in" filter and the names of deprivations. */
  indicators: readonly IndicatorName[]
  /** Whether the user may register households (see canWriteHouseholds). */
  canCreate: boolean
}

/**
 * "Hộ gia đình": the households of the user's jurisdiction, filtered by commune, village, class,
 * year, subgroup, deprivation and status, searched on the server by member name (no diacritics
 * needed), code or citizen ID, a page at a time. The filter lives in the URL.
 */
export function HouseholdList({ CommuneSelect, VillageSelect, defaultCommuneCode, indicators, canCreate }: HouseholdListProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const [searchParams, setSearchParams] = useSearchParams()
  const filter = parseFilter(searchParams, defaultCommuneCode)

  const [searchText, setSearchText] = useState(filter.q ?? '')
  const debouncedSearch = useDebouncedValue(searchText)
  const q = filter.q ?? ''
  useEffect(() => {
    if (debouncedSearch.trim() === q) return
    setSearchParams((params) => withFilter(params, 'q', debouncedSearch.trim()), { replace: true })
  }, [debouncedSearch, q, setSearchParams])

  const households = useHouseholds(filter)
  const download = useDownloadHouseholds()
  const { message } = App.useApp()
  const rows = households.data?.pages.flatMap((page) => page.items) ?? []

  const set = (name: FilterParam, value: string | number | undefined) =>
    setSearchParams((params) => withFilter(params, name, value))
  const reset = () => {
    setSearchText('')
    setSearchParams((params) => {
      const next = new URLSearchParams(params)
      for (const name of FILTER_PARAMS) next.delete(name)
      return next
    })
  }

  const indicatorName = (code: string) => {
    const indicator = indicators.find((candidate) => candidate.code === code)
    return indicator ? localized(indicator.name, indicator.nameEn) : code
  }
  const currentYear = dayjs().year()
  const years = Array.from({ length: currentYear + 1 - FIRST_YEAR + 1 }, (_, index) => currentYear + 1 - index)

  const columns: TableColumnsType<HouseholdSummary> = [
    {
      title: t('household.field.code'),
      dataIndex: 'code',
      width: 140,
      render: (_, household) => <Link to={`/households/${household.id}`}>{household.code}</Link>,
    },
    { title: t('household.field.head'), dataIndex: 'headName', render: (_, household) => household.headName ?? '' },
    { title: t('household.field.village'), dataIndex: 'villageName', render: (_, household) => household.villageName ?? '' },
    { title: t('household.field.memberCount'), dataIndex: 'memberCount', width: 110, align: 'right' },
    {
      title: t('household.field.classification'),
      key: 'classification',
      width: 210,
      render: (_, household) => {
        const value = householdClassOf(household.classification)
        return value ? (
          <Flex gap={4} align="center">
            <HouseholdClassTag value={value} />
            {household.year !== null && (
              <Typography.Text type="secondary">{t('household.classOfYear', { year: household.year })}</Typography.Text>
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('household.noDecision')}</Typography.Text>
        )
      },
    },
    {
      title: t('household.field.deprivedCount'),
      key: 'deprived',
      width: 120,
      align: 'right',
      render: (_, household) =>
        household.classification ? (
          <Tooltip title={household.deprivedIndicators.map(indicatorName).join(', ') || undefined}>
            <span data-testid="deprived-count">{household.deprivedIndicators.length}</span>
          </Tooltip>
        ) : null,
    },
    {
      title: t('household.field.status'),
      dataIndex: 'status',
      width: 140,
      render: (_, household) => <HouseholdStatusTag status={household.status} />,
    },
  ]

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 12 }} data-testid="household-filters">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('household.list.search')}
          aria-label={t('household.list.search')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          style={{ flex: '1 1 320px', maxWidth: 480 }}
        />
        {canCreate && (
          <Link to="/households/new" style={{ marginInlineStart: 'auto' }}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('household.list.create')}
            </Button>
          </Link>
        )}
      </Flex>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <CommuneSelect
          id="household-filter-commune"
          aria-label={t('household.filter.commune')}
          placeholder={t('household.filter.allCommunes')}
          allowClear
          value={filter.communeCode}
          onChange={(code) => set('communeCode', code)}
        />
        <VillageSelect
          communeCode={filter.communeCode}
          id="household-filter-village"
          aria-label={t('household.filter.village')}
          placeholder={t('household.filter.allVillages')}
          allowClear
          value={filter.villageId}
          onChange={(id) => set('villageId', id)}
        />
        <Select
          id="household-filter-classification"
          aria-label={t('household.filter.classification')}
          placeholder={t('household.filter.allClasses')}
          allowClear
          value={filter.classification}
          onChange={(value) => set('classification', value)}
          options={HOUSEHOLD_CLASSES.map((value) => ({ value, label: t(`classification.class.${value}`) }))}
          style={{ width: 230 }}
        />
        <Select
          id="household-filter-year"
          aria-label={t('household.filter.year')}
          placeholder={t('household.filter.latestYear')}
          allowClear
          value={filter.year}
          onChange={(value) => set('year', value)}
          options={years.map((year) => ({ value: year, label: String(year) }))}
          style={{ width: 170 }}
        />
        <Select
          id="household-filter-subgroup"
          aria-label={t('household.filter.subgroup')}
          placeholder={t('household.filter.allSubgroups')}
          allowClear
          value={filter.subgroup}
          onChange={(value) => set('subgroup', value)}
          options={SUBGROUPS.map((value) => ({ value, label: t(`household.subgroup.${value}`) }))}
          style={{ width: 270 }}
        />
        <Select
          id="household-filter-deprived-indicator"
          aria-label={t('household.filter.deprivedIndicator')}
          placeholder={t('household.filter.anyIndicator')}
          allowClear
          value={filter.deprivedIndicator}
          onChange={(value) => set('deprivedIndicator', value)}
          options={indicators.map((indicator) => ({
            value: indicator.code,
            label: localized(indicator.name, indicator.nameEn),
          }))}
          popupMatchSelectWidth={false}
          style={{ width: 230 }}
        />
        <Select
          id="household-filter-status"
          aria-label={t('household.filter.status')}
          placeholder={t('household.filter.allStatuses')}
          allowClear
          value={filter.status}
          onChange={(value) => set('status', value)}
          options={HOUSEHOLD_STATUSES.map((value) => ({ value, label: t(`household.status.${value}`) }))}
          style={{ width: 170 }}
        />
        <Button icon={<ClearOutlined />} onClick={reset}>
          {t('household.filter.reset')}
        </Button>
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          {(['xlsx', 'csv'] as const).map((format: HouseholdFileFormat) => (
            <Tooltip key={format} title={t('household.list.downloadHint')}>
              <Button
                icon={<DownloadOutlined />}
                loading={download.isPending && download.variables?.format === format}
                onClick={() =>
                  download.mutate(
                    { filter, format },
                    { onError: (error: unknown) => void message.error(errorMessage(error, t)) },
                  )
                }
              >
                {t(format === 'xlsx' ? 'household.list.downloadXlsx' : 'household.list.downloadCsv')}
              </Button>
            </Tooltip>
          ))}
        </Flex>
      </Flex>
      {households.isError ? (
        <QueryError error={households.error} onRetry={() => void households.refetch()} />
      ) : (
        <>
          <Table<HouseholdSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={households.isPending || (households.isFetching && households.isPlaceholderData)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('household.list.empty') }}
            data-testid="household-table"
          />
          <LoadMore
            shown={rows.length}
            hasMore={households.hasNextPage}
            loading={households.isFetchingNextPage}
            onLoadMore={() => void households.fetchNextPage()}
          />
        </>
      )}
    </>
  )
}
