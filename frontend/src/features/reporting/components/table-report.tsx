import { Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { ReportRow, TableReport } from '../api/get-table-report'

/** A row of the table with a key of its own (the total's is null on the server). */
type Line = ReportRow & { rowKey: string }

/** Columns whose values are percentages (the server rounds them to 2 decimals): `…_pct`, `…Rate`. */
const isPercent = (key: string) => key.endsWith('_pct') || key.endsWith('Rate')

/**
 * A statutory table as the server lays it out: a row per village of a commune or per commune of a
 * province, one column per figure (labelled as on the official form, in Vietnamese whatever the UI
 * language), and the total line.
 */
export function TableReportTable({ report }: { report: TableReport }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const value = (key: string, row: ReportRow) =>
    isPercent(key) ? formats.rate(row.values[key] ?? 0, 2) : formats.number(row.values[key] ?? 0)
  const rows: Line[] = report.rows.map((row, index) => ({ ...row, rowKey: row.key ?? `row-${index}` }))

  const columns: TableColumnsType<Line> = [
    {
      title: t(report.areaCode.length === 5 ? 'reporting.movement.village' : 'reporting.movement.commune'),
      dataIndex: 'name',
      fixed: 'left',
      width: 200,
    },
    ...report.columns.map((column) => ({
      title: column.label,
      key: column.key,
      align: 'right' as const,
      width: 120,
      render: (_: unknown, row: Line) => value(column.key, row),
    })),
  ]
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('reporting.tables.heading', { title: report.title, area: report.areaName })}
      </Typography.Title>
      <Table<Line>
        data-testid="table-report"
        size="small"
        bordered
        rowKey="rowKey"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reporting.movement.empty') }}
        summary={() => (
          <Table.Summary.Row data-testid="table-report-total">
            <Table.Summary.Cell index={0}>
              <b>{report.total.name}</b>
            </Table.Summary.Cell>
            {report.columns.map((column, index) => (
              <Table.Summary.Cell key={column.key} index={index + 1} align="right">
                <b>{value(column.key, report.total)}</b>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </>
  )
}
