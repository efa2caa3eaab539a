import { Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { TransitionMatrix } from '../api/get-transitions'
import { TRANSITION_CLASSES, transitionRows, type MatrixRow, type TransitionClass } from '../utils/transitions'

/** How many households went from each class of one review (rows) to each class of the next (columns). */
export function TransitionMatrixTable({ matrix }: { matrix: TransitionMatrix }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const { classes, rows, columnTotals, total } = transitionRows(matrix)
  const label = (code: string) => (TRANSITION_CLASSES.includes(code as TransitionClass) ? t(`reporting.class.${code as TransitionClass}`) : code)
  const columns: TableColumnsType<MatrixRow> = [
    {
      title: t('reporting.transitions.corner', { from: matrix.fromYear, to: matrix.toYear }),
      key: 'from',
      fixed: 'left',
      render: (_, row) => <b>{label(row.from)}</b>,
    },
    ...classes.map((to) => ({
      title: label(to),
      key: to,
      align: 'right' as const,
      onCell: (row: MatrixRow) => ({ style: row.from === to ? { background: '#f5f5f5' } : undefined }),
      render: (_: unknown, row: MatrixRow) => formats.number(row.counts[to]),
    })),
    { title: t('reporting.transitions.total'), key: 'total', align: 'right', render: (_, row) => <b>{formats.number(row.total)}</b> },
  ]
  return (
    <>
      <Table<MatrixRow>
        data-testid="transition-matrix"
        size="small"
        bordered
        rowKey="from"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <b>{t('reporting.transitions.total')}</b>
            </Table.Summary.Cell>
            {classes.map((to, index) => (
              <Table.Summary.Cell key={to} index={index + 1} align="right">
                <b>{formats.number(columnTotals[to])}</b>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={classes.length + 1} align="right">
              <b>{formats.number(total)}</b>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('reporting.transitions.note')}
      </Typography.Paragraph>
    </>
  )
}
