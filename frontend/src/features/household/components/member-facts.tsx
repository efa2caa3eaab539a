import { Descriptions } from 'antd'
import { useTranslation } from 'react-i18next'
import { factLabelKey, type FactKind } from '@/lib/fact-codes'
import type { Member } from '../api/get-household'

const CODED = [
  { field: 'labourCapacity', kind: 'labourCapacity' },
  { field: 'employment', kind: 'employment' },
  { field: 'nutrition', kind: 'nutrition' },
  { field: 'highestEducation', kind: 'education' },
] as const satisfies readonly { field: keyof Member; kind: FactKind }[]

const YES_NO = [
  'monthlySocialAllowance',
  'disabled',
  'healthInsurance',
  'attendingSchool',
  'meritorious',
  'sickWithoutCare',
] as const

/** Every fact of a member the indicators read; unknown ones say so. */
export function MemberFacts({ member }: { member: Member }) {
  const { t } = useTranslation()
  const unknown = t('classification.unknown')
  const coded = CODED.map(({ field, kind }) => {
    const value = member[field]
    const key = value === null ? undefined : factLabelKey(kind, value)
    return {
      key: field,
      label: t(`household.member.${field}`),
      children: key ? t(key) : (value ?? unknown),
    }
  })
  const yesNo = YES_NO.map((field) => {
    const value = member[field]
    return {
      key: field,
      label: t(`household.member.${field}`),
      children: value === null ? unknown : t(value ? 'common.yes' : 'common.no'),
    }
  })
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={[...coded, ...yesNo]} />
}
