import { ClearOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Table, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import type { ComponentType, CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useObligations } from '../api/list-obligations'
import { SUBMISSION_STATES, submissionStateOf, useSubmissions, type Submission, type SubmissionFilter } from '../api/list-submissions'
import { SubmissionStateTag } from './submission-state-tag'

/** A commune of the user's jurisdiction (from the area feature; routes pass it in). */
export type UnitPicker = ComponentType<{
  value?: string
  onChange?: (value: string | undefined) => void
  allowClear?: boolean
  placeholder?: string
  'aria-label'?: string
  style?: CSSProperties
}>

const FIRST_YEAR = 2025
const FILTER_PARAMS = ['obligation', 'unit', 'year', 'state'] as const

function parseFilter(params: URLSearchParams): SubmissionFilter {
  const year = Number(params.get('year'))
  return {
    obligationCode: params.get('obligation') ?? undefined,
    unitCode: params.get('unit') ?? undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    state: submissionStateOf(params.get('state')),
  }
}

/**
 * What the user's units owe and what they receive: each expected report with its period, due date
 * and state, filtered by obligation, unit, year and state (kept in the URL), newest due date first.
 */
export function SubmissionList({ UnitSelect }: { UnitSelect?: UnitPicker }) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const [params, setParams] = useSearchParams()
  const filter = parseFilter(params)
  const submissions = useSubmissions(filter)
  const obligations = useObligations()
  const rows = submissions.data?.pages.flatMap((page) => page.items) ?? []
  const set = (name: (typeof FILTER_PARAMS)[number], value: string | number | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value === undefined || value === '') next.delete(name)
      else next.set(name, String(value))
      return next
    })
  const currentYear = dayjs().year()
  const years = Array.from({ length: currentYear + 1 - FIRST_YEAR + 1 }, (_, index) => currentYear + 1 - index)

  const columns: TableColumnsType<Submission> = [
    {
      title: t('reporting.field.obligation'),
      key: 'obligation',
      render: (_, row) => <Link to={`/reporting/submissions/${row.id}`}>{row.obligationTitle}</Link>,
    },
    { title: t('reporting.field.unit'), dataIndex: 'unitName' },
    { title: t('reporting.field.period'), dataIndex: 'periodLabel', width: 100 },
    { title: t('reporting.field.dueOn'), key: 'dueOn', width: 110, render: (_, row) => formatDate(row.dueOn) },
    { title: t('reporting.field.state'), key: 'state', width: 170, render: (_, row) => <SubmissionStateTag state={row.state} /> },
    {
      title: t('reporting.field.submittedOn'),
      key: 'submittedOn',
      width: 120,
      render: (_, row) => formatDate(row.firstSubmittedOn ?? undefined),
    },
    { title: t('reporting.field.versions'), dataIndex: 'versions', width: 80, align: 'right' },
  ]

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select<string>
          aria-label={t('reporting.filter.obligation')}
          placeholder={t('reporting.filter.allObligations')}
          allowClear
          value={filter.obligationCode}
          onChange={(value) => set('obligation', value)}
          loading={obligations.isPending}
          options={(obligations.data ?? []).map((obligation) => ({
            value: obligation.code,
            label: localized(obligation.title, obligation.titleEn),
          }))}
          popupMatchSelectWidth={false}
          style={{ minWidth: 260 }}
        />
        {UnitSelect && (
          <UnitSelect
            aria-label={t('reporting.filter.unit')}
            placeholder={t('reporting.filter.allUnits')}
            allowClear
            value={filter.unitCode}
            onChange={(value) => set('unit', value)}
          />
        )}
        <Select<number>
          aria-label={t('reporting.filter.year')}
          placeholder={t('reporting.filter.allYears')}
          allowClear
          value={filter.year}
          onChange={(value) => set('year', value)}
          options={years.map((year) => ({ value: year, label: String(year) }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('reporting.filter.state')}
          placeholder={t('reporting.filter.allStates')}
          allowClear
          value={filter.state}
          onChange={(value) => set('state', value)}
          options={SUBMISSION_STATES.map((state) => ({ value: state, label: t(`reporting.state.${state}`) }))}
          style={{ width: 190 }}
        />
        <Button
          icon={<ClearOutlined />}
          onClick={() =>
            setParams((current) => {
              const next = new URLSearchParams(current)
              for (const name of FILTER_PARAMS) next.delete(name)
              return next
            })
          }
        >
          {t('reporting.filter.reset')}
        </Button>
      </Flex>
      {submissions.isError ? (
        <QueryError error={submissions.error} onRetry={() => void submissions.refetch()} />
      ) : (
        <>
          <Table<Submission>
            data-testid="submission-table"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={submissions.isPending}
            pagination={false}
            locale={{ emptyText: t('reporting.list.empty') }}
          />
          <LoadMore
            shown={rows.length}
            hasMore={submissions.hasNextPage}
            loading={submissions.isFetchingNextPage}
            onLoadMore={() => void submissions.fetchNextPage()}
          />
        </>
      )}
    </>
  )
}
