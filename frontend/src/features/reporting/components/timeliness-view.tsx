import { Empty, Flex, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useFormats } from '@/lib/use-formats'
import { useTimeliness, type Timeliness } from '../api/get-timeliness'
import { useObligations } from '../api/list-obligations'
import { periodsOf } from '../utils/periods'

interface TimelinessViewProps {
  /** The province (by commune) or commune; none for a national user looking at every province. */
  areaCode?: string
  /** The area picker, for users who choose it (national users). */
  areaPicker?: ReactNode
}

/**
 * Timeliness and completeness of an obligation's period: per unit and in total, the reports
 * expected, sent (on time, late), missing after the due date and not yet due, with the rates.
 * The obligation and the period live in the URL (`obligation`, `period` = its first day).
 */
export function TimelinessView({ areaCode, areaPicker }: TimelinessViewProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const formats = useFormats()
  const [params, setParams] = useSearchParams()
  const obligations = useObligations()
  const obligationCode = params.get('obligation') ?? undefined
  const periodStart = params.get('period') ?? undefined
  const obligation = obligations.data?.find((candidate) => candidate.code === obligationCode)
  const year = periodStart ? Number(periodStart.slice(0, 4)) : dayjs().year()
  const report = useTimeliness(obligationCode && periodStart ? { obligationCode, periodStart, areaCode } : undefined)
  const set = (values: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [name, value] of Object.entries(values)) {
          if (value) next.set(name, value)
          else next.delete(name)
        }
        return next
      },
      { replace: true },
    )
  const years = Array.from({ length: dayjs().year() + 1 - 2025 + 1 }, (_, index) => dayjs().year() + 1 - index)
  const periods = obligation ? periodsOf(obligation, year) : []

  const columns: TableColumnsType<Timeliness> = [
    { title: t('reporting.timeliness.unit'), dataIndex: 'name', fixed: 'left' },
    { title: t('reporting.timeliness.expected'), key: 'expected', align: 'right', render: (_, row) => formats.number(row.expected) },
    { title: t('reporting.timeliness.submitted'), key: 'submitted', align: 'right', render: (_, row) => formats.number(row.submitted) },
    { title: t('reporting.timeliness.onTime'), key: 'onTime', align: 'right', render: (_, row) => formats.number(row.onTime) },
    { title: t('reporting.timeliness.late'), key: 'late', align: 'right', render: (_, row) => formats.number(row.late) },
    {
      title: t('reporting.timeliness.missing'),
      key: 'missing',
      align: 'right',
      render: (_, row) => (row.missing > 0 ? <Typography.Text type="danger">{formats.number(row.missing)}</Typography.Text> : '0'),
    },
    { title: t('reporting.timeliness.pending'), key: 'pending', align: 'right', render: (_, row) => formats.number(row.pending) },
    {
      title: t('reporting.timeliness.submittedRate'),
      key: 'submittedRate',
      align: 'right',
      render: (_, row) => formats.share(row.submittedRate),
    },
    { title: t('reporting.timeliness.onTimeRate'), key: 'onTimeRate', align: 'right', render: (_, row) => formats.share(row.onTimeRate) },
  ]

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        {areaPicker}
        <Select<string>
          aria-label={t('reporting.filter.obligation')}
          placeholder={t('reporting.timeliness.chooseObligation')}
          value={obligationCode}
          onChange={(code) => {
            const chosen = obligations.data?.find((candidate) => candidate.code === code)
            const first = chosen ? periodsOf(chosen, year).at(-1) : undefined
            set({ obligation: code, period: first?.start })
          }}
          loading={obligations.isPending}
          options={(obligations.data ?? []).map((candidate) => ({
            value: candidate.code,
            label: localized(candidate.title, candidate.titleEn),
          }))}
          popupMatchSelectWidth={false}
          style={{ minWidth: 300 }}
        />
        <Select<number>
          aria-label={t('reporting.filter.year')}
          value={year}
          disabled={!obligation}
          onChange={(value) => set({ period: obligation ? periodsOf(obligation, value).at(-1)?.start : undefined })}
          options={years.map((value) => ({ value, label: String(value) }))}
          style={{ width: 110 }}
        />
        <Select<string>
          aria-label={t('reporting.timeliness.period')}
          placeholder={t('reporting.timeliness.period')}
          value={periodStart}
          disabled={!obligation}
          onChange={(value) => set({ period: value })}
          options={periods.map((period) => ({ value: period.start, label: period.label }))}
          style={{ width: 140 }}
        />
      </Flex>
      {!obligationCode || !periodStart ? (
        <Empty description={t('reporting.timeliness.choose')} />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph data-testid="timeliness-heading">
            {report.data.periodLabel
              ? t('reporting.timeliness.heading', { period: report.data.periodLabel, due: formatDate(report.data.dueOn) })
              : t('reporting.timeliness.noSubmissions')}
          </Typography.Paragraph>
          <Table<Timeliness>
            data-testid="timeliness-table"
            size="small"
            rowKey="key"
            columns={columns}
            dataSource={report.data.rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('reporting.timeliness.noSubmissions') }}
            summary={() => {
              const total = report.data.total
              const cells = [
                formats.number(total.expected),
                formats.number(total.submitted),
                formats.number(total.onTime),
                formats.number(total.late),
                formats.number(total.missing),
                formats.number(total.pending),
                formats.share(total.submittedRate),
                formats.share(total.onTimeRate),
              ]
              return (
                <Table.Summary.Row data-testid="timeliness-total">
                  <Table.Summary.Cell index={0}>
                    <b>{t('reporting.timeliness.total', { name: total.name })}</b>
                  </Table.Summary.Cell>
                  {cells.map((cell, index) => (
                    <Table.Summary.Cell key={index} index={index + 1} align="right">
                      <b>{cell}</b>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )
            }}
          />
        </>
      )}
    </>
  )
}
