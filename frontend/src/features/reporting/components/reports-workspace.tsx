import { DownloadOutlined } from '@ant-design/icons'
import { App, Button, Empty, Flex, InputNumber, Segmented, Select, Skeleton, Space, Tabs, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { QueryError } from '@/components/query-error'
import { errorMessage } from '@/lib/error-message'
import { useDownloadHouseholdList } from '../api/download-household-list'
import { useDownloadMovement, type MovementFormat } from '../api/download-movement'
import { useDownloadTableReport } from '../api/download-table-report'
import { useAlkireFoster } from '../api/get-alkire-foster'
import { MOVEMENT_KINDS, useMovement, type MovementKind } from '../api/get-movement'
import { TABLE_NAMES, useTableReport, type TableName } from '../api/get-table-report'
import { useTransitions } from '../api/get-transitions'
import { AlkireFosterReport } from './alkire-foster-report'
import { HouseholdListReport } from './household-list-report'
import { MovementTable } from './movement-table'
import { TableReportTable } from './table-report'
import { TransitionMatrixTable } from './transition-matrix'

const FIRST_YEAR = 2016
const TABS = ['movement', 'tables', 'list', 'alkire-foster', 'transitions'] as const
type Tab = (typeof TABS)[number]

function years(from: number): number[] {
  const last = dayjs().year()
  return Array.from({ length: last - from + 1 }, (_, index) => last - index)
}

function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = Number(params.get(name))
  return Number.isInteger(value) && value > 0 ? value : undefined
}

/** The XLSX (laid out like the official form) and CSV buttons of a report; `pending` spins the one on its way. */
function DownloadButtons({ pending, onSave }: { pending: MovementFormat | undefined; onSave: (format: MovementFormat) => void }) {
  const { t } = useTranslation()
  return (
    <Space style={{ marginInlineStart: 'auto' }}>
      <Button icon={<DownloadOutlined />} loading={pending === 'xlsx'} onClick={() => onSave('xlsx')}>
        {t('reporting.reports.downloadXlsx')}
      </Button>
      <Button icon={<DownloadOutlined />} loading={pending === 'csv'} onClick={() => onSave('csv')}>
        {t('reporting.reports.downloadCsv')}
      </Button>
    </Space>
  )
}

interface ReportsWorkspaceProps {
  /** The commune (by village) or province (by commune) reported on; none yet for a national user. */
  areaCode?: string
  indicatorName: (code: string) => string
}

/**
 * The statutory reports of an area and year: the movement of poor or near-poor households, the
 * statutory tables (summary of the review, deprivations, subgroups, ethnicity, causes, children) and
 * the detailed list of households with their members — each with its XLSX and CSV files — then the
 * Alkire–Foster measures and the transition matrix between two reviews. The choices live in the URL
 * (`year`, `tab`, `kind`, `table`, `k`, `from`).
 */
export function ReportsWorkspace({ areaCode, indicatorName }: ReportsWorkspaceProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [params, setParams] = useSearchParams()
  const year = numberParam(params, 'year') ?? dayjs().year() - 1
  const kind: MovementKind = params.get('kind') === 'NEAR_POOR' ? 'NEAR_POOR' : 'POOR'
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'movement'
  const table: TableName = TABLE_NAMES.find((candidate) => candidate === params.get('table')) ?? 'summary'
  const k = numberParam(params, 'k') ?? 3
  const fromYear = numberParam(params, 'from') ?? year - 1
  const set = (name: string, value: string | number | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === undefined || value === '') next.delete(name)
        else next.set(name, String(value))
        return next
      },
      { replace: true },
    )

  const movement = useMovement(areaCode && tab === 'movement' ? { areaCode, year, kind } : undefined)
  // The summary counts every class: it takes no kind.
  const tableQuery = areaCode ? { name: table, areaCode, year, kind: table === 'summary' ? undefined : kind } : undefined
  const tableReport = useTableReport(tab === 'tables' ? tableQuery : undefined)
  const alkireFoster = useAlkireFoster(areaCode && tab === 'alkire-foster' ? { areaCode, year, k } : undefined)
  const transitions = useTransitions(areaCode && tab === 'transitions' ? { areaCode, fromYear, toYear: year } : undefined)
  const download = useDownloadMovement()
  const downloadTable = useDownloadTableReport()
  const downloadList = useDownloadHouseholdList()
  const onDownloadError = { onError: (error: unknown) => void message.error(errorMessage(error, t)) }
  const pendingOf = (mutation: { isPending: boolean; variables?: { format: MovementFormat } }) =>
    mutation.isPending ? mutation.variables?.format : undefined

  const yearSelect = (
    <Select<number>
      aria-label={t('reporting.reports.year')}
      value={year}
      onChange={(value) => set('year', value)}
      options={years(tab === 'movement' ? FIRST_YEAR + 1 : FIRST_YEAR).map((value) => ({ value, label: String(value) }))}
      style={{ width: 110 }}
    />
  )

  const noArea = <Empty description={t('reporting.reports.chooseArea')} />
  const kindChoice = (
    <Segmented<MovementKind>
      value={kind}
      onChange={(value) => set('kind', value)}
      options={MOVEMENT_KINDS.map((value) => ({ value, label: t(`reporting.movement.kind.${value}`) }))}
      aria-label={t('reporting.movement.kindLabel')}
    />
  )
  const movementTab = !areaCode ? (
    noArea
  ) : (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        {kindChoice}
        <DownloadButtons
          pending={pendingOf(download)}
          onSave={(format) => download.mutate({ areaCode, year, kind, format }, onDownloadError)}
        />
      </Flex>
      {movement.isError ? (
        <QueryError error={movement.error} onRetry={() => void movement.refetch()} />
      ) : movement.data ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t(`reporting.movement.title.${movement.data.kind}`, { area: movement.data.areaName, from: movement.data.fromYear, year: movement.data.year })}
          </Typography.Title>
          <MovementTable report={movement.data} />
        </>
      ) : (
        <Skeleton active />
      )}
    </>
  )

  const tablesTab = !tableQuery ? (
    noArea
  ) : (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<TableName>
          aria-label={t('reporting.tables.table')}
          value={table}
          onChange={(value) => set('table', value === 'summary' ? undefined : value)}
          options={TABLE_NAMES.map((value) => ({ value, label: t(`reporting.tables.name.${value}`) }))}
          popupMatchSelectWidth={false}
          style={{ minWidth: 300 }}
        />
        {table !== 'summary' && kindChoice}
        <DownloadButtons
          pending={pendingOf(downloadTable)}
          onSave={(format) => downloadTable.mutate({ ...tableQuery, format }, onDownloadError)}
        />
      </Flex>
      {tableReport.isError ? (
        <QueryError error={tableReport.error} onRetry={() => void tableReport.refetch()} />
      ) : tableReport.data ? (
        <TableReportTable report={tableReport.data} />
      ) : (
        <Skeleton active />
      )}
    </>
  )

  const listTab = !areaCode ? (
    noArea
  ) : (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        {kindChoice}
        <Typography.Text type="secondary">{t('reporting.householdList.downloadHint')}</Typography.Text>
        <DownloadButtons
          pending={pendingOf(downloadList)}
          onSave={(format) => downloadList.mutate({ areaCode, year, kind, format }, onDownloadError)}
        />
      </Flex>
      <HouseholdListReport query={{ areaCode, year, kind }} indicatorName={indicatorName} />
    </>
  )

  const alkireTab = !areaCode ? (
    noArea
  ) : (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <label htmlFor="reports-k">{t('reporting.af.k')}</label>
        <InputNumber id="reports-k" min={1} max={30} precision={0} value={k} onChange={(value) => set('k', value ?? undefined)} />
        <Typography.Text type="secondary">{t('reporting.af.kHint')}</Typography.Text>
      </Flex>
      {alkireFoster.isError ? (
        <QueryError error={alkireFoster.error} onRetry={() => void alkireFoster.refetch()} />
      ) : alkireFoster.data ? (
        <AlkireFosterReport report={alkireFoster.data} indicatorName={indicatorName} />
      ) : (
        <Skeleton active />
      )}
    </>
  )

  const transitionsTab = !areaCode ? (
    noArea
  ) : (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <span>{t('reporting.transitions.from')}</span>
        <Select<number>
          aria-label={t('reporting.transitions.from')}
          value={fromYear}
          onChange={(value) => set('from', value)}
          options={years(FIRST_YEAR)
            .filter((value) => value < year)
            .map((value) => ({ value, label: String(value) }))}
          style={{ width: 110 }}
        />
        <span>{t('reporting.transitions.to', { year })}</span>
      </Flex>
      {transitions.isError ? (
        <QueryError error={transitions.error} onRetry={() => void transitions.refetch()} />
      ) : transitions.data ? (
        <TransitionMatrixTable matrix={transitions.data} />
      ) : (
        <Skeleton active />
      )}
    </>
  )

  return (
    <div data-testid="reports-workspace">
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <span>{t('reporting.reports.year')}</span>
        {yearSelect}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => set('tab', key === 'movement' ? undefined : key)}
        items={[
          { key: 'movement', label: t('reporting.reports.movement'), children: movementTab },
          { key: 'tables', label: t('reporting.reports.tables'), children: tablesTab },
          { key: 'list', label: t('reporting.reports.list'), children: listTab },
          { key: 'alkire-foster', label: t('reporting.reports.alkireFoster'), children: alkireTab },
          { key: 'transitions', label: t('reporting.reports.transitions'), children: transitionsTab },
        ]}
      />
    </div>
  )
}
