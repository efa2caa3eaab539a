import { Checkbox, Flex, InputNumber, Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { MoneyInput } from '@/components/money-input'
import { formatMoney } from '@/lib/format'
import { AREA_TYPES, type AreaType, type IncomeLines } from '../api/list-standards'
import {
  MONEY_LINE_FIELDS as MONEY_FIELDS,
  SCORE_LINE_FIELDS as SCORE_FIELDS,
  type LineField,
} from '../utils/editability'
import { ProvisionalTag } from './standard-tags'

export interface LinesEditing {
  onChange: (areaType: AreaType, field: LineField, value: number | boolean | undefined) => void
  /** Whether this value may change (everything in a draft, only provisional parts once published). */
  isEditable: (areaType: AreaType, field: LineField) => boolean
}

interface IncomeLinesTableProps {
  lines: Partial<Record<string, IncomeLines>> | undefined
  /** Present in edit mode. */
  editing?: LinesEditing
}

interface Row {
  areaType: AreaType
  lines: IncomeLines
}

function isAreaType(value: string): value is AreaType {
  return AREA_TYPES.some((areaType) => areaType === value)
}

const empty = <Typography.Text type="secondary">—</Typography.Text>

/** Income lines per area type (rural, urban): money lines, score-A cut-offs, provisional band. */
export function IncomeLinesTable({ lines = {}, editing }: IncomeLinesTableProps) {
  const { t } = useTranslation()
  const rows: Row[] = [
    ...AREA_TYPES.filter((areaType) => lines[areaType]).map((areaType) => ({ areaType, lines: lines[areaType] ?? {} })),
    ...Object.keys(lines)
      .filter(isAreaType)
      .filter((areaType) => !AREA_TYPES.includes(areaType))
      .map((areaType) => ({ areaType, lines: lines[areaType] ?? {} })),
  ]
  const shownScoreFields = editing
    ? SCORE_FIELDS
    : SCORE_FIELDS.filter((field) => field === 'scoreACutoff' || rows.some((row) => row.lines[field] != null))

  const label = (row: Row, field: LineField) => `${t(`standard.lines.${field}`)} (${t(`area.areaType.${row.areaType}`)})`

  const moneyCell = (row: Row, field: (typeof MONEY_FIELDS)[number]) => {
    const value = row.lines[field]
    const provisional = field === 'averageLivingUpper' && row.lines.averageLivingProvisional === true
    if (editing) {
      return (
        <Flex vertical gap={4}>
          <MoneyInput
            aria-label={label(row, field)}
            value={value ?? null}
            onChange={(next) => editing.onChange(row.areaType, field, next ?? undefined)}
            disabled={!editing.isEditable(row.areaType, field)}
            style={{ width: 170 }}
          />
          {field === 'averageLivingUpper' && (
            <Checkbox
              checked={row.lines.averageLivingProvisional === true}
              disabled={!editing.isEditable(row.areaType, 'averageLivingProvisional')}
              onChange={(event) => editing.onChange(row.areaType, 'averageLivingProvisional', event.target.checked)}
            >
              {t('standard.provisional')}
            </Checkbox>
          )}
        </Flex>
      )
    }
    return (
      <>
        {value == null ? empty : formatMoney(value)} {provisional && <ProvisionalTag />}
      </>
    )
  }

  const scoreCell = (row: Row, field: (typeof SCORE_FIELDS)[number]) => {
    const value = row.lines[field]
    if (editing) {
      return (
        <InputNumber<number>
          aria-label={label(row, field)}
          value={value ?? null}
          onChange={(next) => editing.onChange(row.areaType, field, next ?? undefined)}
          disabled={!editing.isEditable(row.areaType, field)}
          precision={0}
          min={0}
          style={{ width: 110 }}
        />
      )
    }
    return value == null ? empty : value
  }

  const columns: TableColumnsType<Row> = [
    {
      title: t('standard.lines.areaType'),
      dataIndex: 'areaType',
      render: (_, row) => t(`area.areaType.${row.areaType}`),
    },
    ...MONEY_FIELDS.map((field) => ({
      title: t(`standard.lines.${field}`),
      key: field,
      render: (_: unknown, row: Row) => moneyCell(row, field),
    })),
    ...shownScoreFields.map((field) => ({
      title: t(`standard.lines.${field}`),
      key: field,
      align: 'right' as const,
      render: (_: unknown, row: Row) => scoreCell(row, field),
    })),
  ]

  return (
    <Table<Row>
      rowKey="areaType"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="income-lines"
    />
  )
}
