import { Alert, Segmented, Table, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isTranslationKey } from '@/lib/i18n'
import { useFormats } from '@/lib/use-formats'
import type { MovementReport } from '../api/get-movement'
import { movementKinds, movementLines, type MovementLine, type MovementMeasure } from '../utils/movement'

/**
 * The movement of poor (or near-poor) households as the form lays it out: start of the period,
 * decreases by kind, increases by kind, end of the period — per village of a commune or per commune
 * of a province, with the total line; in households or in persons.
 */
export function MovementTable({ report }: { report: MovementReport }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const [measure, setMeasure] = useState<MovementMeasure>('households')
  const kinds = movementKinds(report)
  const { rows, total } = movementLines(report, measure)
  const unbalanced = [...rows, total].filter((row) => !row.balanced)
  const number = (value: number | undefined) => formats.number(value ?? 0)
  // A kind the form does not know (the server may add one) keeps its code.
  const kindLabel = (direction: 'decrease' | 'increase', kind: string) => {
    const key = `reporting.movement.${direction}.${kind}`
    return isTranslationKey(key) ? t(key) : kind
  }

  const columns: TableColumnsType<MovementLine> = [
    {
      title: t(report.areaCode.length === 5 ? 'reporting.movement.village' : 'reporting.movement.commune'),
      dataIndex: 'name',
      fixed: 'left',
      width: 200,
    },
    { title: t('reporting.movement.start', { year: report.fromYear }), key: 'start', align: 'right', render: (_, row) => number(row.start) },
    {
      title: t('reporting.movement.decreases'),
      children: [
        ...kinds.decreases.map((kind) => ({
          title: kindLabel('decrease', kind),
          key: `decrease-${kind}`,
          align: 'right' as const,
          render: (_: unknown, row: MovementLine) => number(row.decreases[kind]),
        })),
        {
          title: t('reporting.movement.subtotal'),
          key: 'decreasesTotal',
          align: 'right' as const,
          render: (_: unknown, row: MovementLine) => <b>{number(row.decreasesTotal)}</b>,
        },
      ],
    },
    {
      title: t('reporting.movement.increases'),
      children: [
        ...kinds.increases.map((kind) => ({
          title: kindLabel('increase', kind),
          key: `increase-${kind}`,
          align: 'right' as const,
          render: (_: unknown, row: MovementLine) => number(row.increases[kind]),
        })),
        {
          title: t('reporting.movement.subtotal'),
          key: 'increasesTotal',
          align: 'right' as const,
          render: (_: unknown, row: MovementLine) => <b>{number(row.increasesTotal)}</b>,
        },
      ],
    },
    {
      title: t('reporting.movement.end', { year: report.year }),
      key: 'end',
      align: 'right',
      render: (_, row) => <b>{number(row.end)}</b>,
    },
  ]
  return (
    <>
      <Segmented<MovementMeasure>
        value={measure}
        onChange={setMeasure}
        options={[
          { value: 'households', label: t('reporting.movement.households') },
          { value: 'persons', label: t('reporting.movement.persons') },
        ]}
        style={{ marginBottom: 12 }}
        aria-label={t('reporting.movement.measure')}
      />
      {unbalanced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('reporting.movement.unbalanced', { list: unbalanced.map((row) => row.name).join(', ') })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<MovementLine>
        data-testid="movement-table"
        size="small"
        bordered
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reporting.movement.empty') }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid="movement-total">
              <Table.Summary.Cell index={0}>
                <b>{t('reporting.movement.total')}</b>
              </Table.Summary.Cell>
              {[
                total.start,
                ...kinds.decreases.map((kind) => total.decreases[kind] ?? 0),
                total.decreasesTotal,
                ...kinds.increases.map((kind) => total.increases[kind] ?? 0),
                total.increasesTotal,
                total.end,
              ].map((value, index) => (
                <Table.Summary.Cell key={index} index={index + 1} align="right">
                  <b>{number(value)}</b>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('reporting.movement.formula')}
      </Typography.Paragraph>
    </>
  )
}
