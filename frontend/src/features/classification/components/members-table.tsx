import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Select, Table, Tooltip, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { YesNoSelect } from '@/components/yes-no-select'
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  LABOUR_CAPACITIES,
  NUTRITION_STATUSES,
  RELATIONS_TO_HEAD,
  SEXES,
  factLabelKey,
  type FactKind,
} from '@/lib/fact-codes'
import { newMember, type MemberValues } from '../utils/form-model'

/** Members can be added up to the server's limit. */
export const MAX_MEMBERS = 60

type MemberField = keyof MemberValues

interface FieldRow {
  key: number
  name: number
}

const SELECTS: { field: MemberField; kind: FactKind; values: readonly string[]; width: number }[] = [
  { field: 'sex', kind: 'sex', values: SEXES, width: 100 },
  { field: 'relationToHead', kind: 'relationToHead', values: RELATIONS_TO_HEAD, width: 150 },
  { field: 'labourCapacity', kind: 'labourCapacity', values: LABOUR_CAPACITIES, width: 160 },
  { field: 'employment', kind: 'employment', values: EMPLOYMENT_STATUSES, width: 230 },
  { field: 'nutrition', kind: 'nutrition', values: NUTRITION_STATUSES, width: 170 },
  { field: 'highestEducation', kind: 'education', values: EDUCATION_LEVELS, width: 190 },
]

const YES_NO_FIELDS: MemberField[] = [
  'monthlySocialAllowance',
  'disabled',
  'healthInsurance',
  'attendingSchool',
  'meritorious',
  'sickWithoutCare',
]

/** Column order of the table, after name, birth date and ethnicity. */
const ORDER: MemberField[] = [
  'name',
  'birthDate',
  'sex',
  'ethnicity',
  'relationToHead',
  'labourCapacity',
  'employment',
  'monthlySocialAllowance',
  'disabled',
  'nutrition',
  'healthInsurance',
  'attendingSchool',
  'highestEducation',
  'meritorious',
  'sickWithoutCare',
]

/**
 * The household's members, one row each (Form.List "members"): the facts the indicators are
 * derived from. Empty cells are "not known".
 */
export function MembersTable() {
  const { t } = useTranslation()
  const unknown = t('classification.unknown')

  const factLabel = (kind: FactKind, value: string) => {
    const key = factLabelKey(kind, value)
    return key ? t(key) : value
  }

  const cellLabel = (field: MemberField, index: number) =>
    t('classification.member.cell', { field: t(`classification.member.${field}`), index: index + 1 })

  const control = (field: MemberField, index: number): ReactNode => {
    const label = cellLabel(field, index)
    const select = SELECTS.find((entry) => entry.field === field)
    if (select) {
      return (
        <Select
          aria-label={label}
          allowClear
          placeholder={unknown}
          style={{ width: select.width }}
          options={select.values.map((value) => ({
            value,
            label: factLabel(select.kind, value),
          }))}
        />
      )
    }
    if (YES_NO_FIELDS.includes(field)) return <YesNoSelect aria-label={label} />
    switch (field) {
      case 'name':
        return <Input aria-label={label} style={{ width: 180 }} maxLength={200} />
      case 'birthDate':
        return (
          <DatePicker
            aria-label={label}
            format="DD/MM/YYYY"
            placeholder={t('classification.member.datePlaceholder')}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
            style={{ width: 140 }}
          />
        )
      case 'ethnicity':
        return <Input aria-label={label} style={{ width: 70 }} maxLength={3} />
      default:
        return null
    }
  }

  return (
    <Form.List name="members">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FieldRow> = [
          {
            title: '#',
            key: 'index',
            width: 44,
            fixed: 'left',
            render: (_, __, index) => index + 1,
          },
          ...ORDER.map((field) => ({
            title:
              field === 'ethnicity' ? (
                <Tooltip title={t('classification.member.ethnicityHint')}>{t('classification.member.ethnicity')}</Tooltip>
              ) : (
                t(`classification.member.${field}`)
              ),
            key: field,
            fixed: field === 'name' ? ('left' as const) : undefined,
            render: (_: unknown, row: FieldRow, index: number) => (
              <Form.Item name={[row.name, field]} noStyle>
                {control(field, index)}
              </Form.Item>
            ),
          })),
          {
            title: '',
            key: 'remove',
            width: 56,
            render: (_, row, index) => (
              <Tooltip title={t('classification.member.remove')}>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('classification.member.removeNumber', { index: index + 1 })}
                  onClick={() => remove(row.name)}
                />
              </Tooltip>
            ),
          },
        ]
        return (
          <>
            <Table<FieldRow>
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={fields.map((field) => ({ key: field.key, name: field.name }))}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('classification.member.empty') }}
              data-testid="members-table"
            />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(newMember())}
              disabled={fields.length >= MAX_MEMBERS}
              style={{ marginTop: 12 }}
            >
              {t('classification.member.add')}
            </Button>
          </>
        )
      }}
    </Form.List>
  )
}
