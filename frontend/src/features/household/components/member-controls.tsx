import { DatePicker, Input, Select, type FormRule } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
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
import { CITIZEN_ID_PATTERN, FULL_NAME_MAX_LENGTH, type MemberField } from '../utils/member-form'
import { EthnicitySelect } from './ethnicity-select'

const SELECTS: Partial<Record<MemberField, { kind: FactKind; values: readonly string[]; width: number }>> = {
  sex: { kind: 'sex', values: SEXES, width: 100 },
  relationToHead: { kind: 'relationToHead', values: RELATIONS_TO_HEAD, width: 160 },
  labourCapacity: { kind: 'labourCapacity', values: LABOUR_CAPACITIES, width: 170 },
  employment: { kind: 'employment', values: EMPLOYMENT_STATUSES, width: 230 },
  nutrition: { kind: 'nutrition', values: NUTRITION_STATUSES, width: 180 },
  highestEducation: { kind: 'education', values: EDUCATION_LEVELS, width: 190 },
}

const YES_NO_FIELDS: readonly MemberField[] = [
  'monthlySocialAllowance',
  'disabled',
  'healthInsurance',
  'attendingSchool',
  'meritorious',
  'sickWithoutCare',
]

interface ControlOptions {
  /** Accessible name of the control (the cell of a table has no visible label). */
  label?: string
  /** Relations that may not be chosen (HEAD when the head changes only by its own action). */
  disabledRelations?: readonly string[]
  /** Fills the width of its form column instead of a fixed cell width. */
  block?: boolean
}

/**
 * The control and validation of each member fact, shared by the members table of a new household
 * and the member form: the same limits as the API (name ≤ 150, citizen ID of 12 digits, birth date
 * not in the future, one of the 54 ethnic groups).
 */
export function useMemberControls() {
  const { t } = useTranslation()
  const unknown = t('classification.unknown')
  const factLabel = (kind: FactKind, value: string) => {
    const key = factLabelKey(kind, value)
    return key ? t(key) : value
  }

  const control = (field: MemberField, { label, disabledRelations = [], block = false }: ControlOptions = {}): ReactNode => {
    const width = (fixed: number) => (block ? { width: '100%' } : { width: fixed })
    const select = SELECTS[field]
    if (select) {
      return (
        <Select
          aria-label={label}
          allowClear={field !== 'relationToHead'}
          placeholder={unknown}
          style={width(select.width)}
          options={select.values.map((value) => ({
            value,
            label: factLabel(select.kind, value),
            disabled: disabledRelations.includes(value),
          }))}
        />
      )
    }
    if (YES_NO_FIELDS.includes(field)) return <YesNoSelect aria-label={label} style={block ? { width: '100%' } : undefined} />
    switch (field) {
      case 'fullName':
        return <Input aria-label={label} style={width(200)} />
      case 'birthDate':
        return (
          <DatePicker
            aria-label={label}
            format="DD/MM/YYYY"
            placeholder={t('household.member.datePlaceholder')}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
            style={width(140)}
          />
        )
      case 'ethnicity':
        return <EthnicitySelect aria-label={label} style={width(160)} />
      case 'citizenId':
        return (
          <Input
            aria-label={label}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('household.member.citizenIdPlaceholder')}
            style={width(150)}
          />
        )
      default:
        return null
    }
  }

  const rules = (field: MemberField): FormRule[] => {
    switch (field) {
      case 'fullName':
        return [
          { required: true, whitespace: true, message: t('household.invalid.fullNameRequired') },
          { max: FULL_NAME_MAX_LENGTH, message: t('household.invalid.fullName', { max: FULL_NAME_MAX_LENGTH }) },
        ]
      case 'citizenId':
        return [{ pattern: CITIZEN_ID_PATTERN, message: t('household.invalid.citizenId') }]
      case 'birthDate':
        return [
          {
            validator: async (_, value: Dayjs | null | undefined) => {
              if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('household.invalid.birthDate'))
            },
          },
        ]
      case 'relationToHead':
        return [{ required: true, message: t('household.invalid.relationToHead') }]
      default:
        return []
    }
  }

  return { control, rules }
}
