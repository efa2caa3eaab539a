import type { TFunction } from 'i18next'
import { ethnicityLabel } from '@/lib/ethnicities'
import { factLabelKey, type FactKind } from '@/lib/fact-codes'
import { formatDate } from '@/lib/format'
import { isTranslationKey } from '@/lib/i18n'
import type { AuditChange, AuditEntry } from '../api/get-audit-trail'

/** What the audit trail needs to put names on ids and codes. */
export interface AuditContext {
  /** Member names by id (current members, those who left, and their copies elsewhere). */
  memberName: (id: string) => string | undefined
  /** Village names by id, when known. */
  villageName: (id: string) => string | undefined
  /** Indicator names by code. */
  indicatorName: (code: string) => string
  householdCode: string
}

const FACT_FIELDS: Record<string, FactKind> = {
  sex: 'sex',
  relationToHead: 'relationToHead',
  labourCapacity: 'labourCapacity',
  employment: 'employment',
  nutrition: 'nutrition',
  highestEducation: 'education',
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The action in words ("Thêm thành viên"); the code itself when it is new to the UI. */
export function auditActionLabel(action: string, t: TFunction): string {
  const key = `household.audit.action.${action}`
  return isTranslationKey(key) ? t(key) : action
}

/** The field in words: a household or record field, else a member fact; the name when unknown. */
export function auditFieldLabel(field: string, t: TFunction): string {
  for (const key of [`household.audit.field.${field}`, `household.member.${field}`]) {
    if (isTranslationKey(key)) return t(key)
  }
  return field
}

/** One value of a change in words: codes translated, ids named, dates dd/MM/yyyy, yes/no. */
export function auditValue(
  entry: Pick<AuditEntry, 'entityType'>,
  change: Pick<AuditChange, 'field'>,
  value: string | null,
  context: AuditContext,
  t: TFunction,
): string {
  if (value === null || value === '') return t('audit.blank')
  const { field } = change
  const translated = (key: string) => (isTranslationKey(key) ? t(key) : value)
  if (field === 'citizenId') return value === 'read in full' ? t('household.audit.readInFull') : value
  if (field === 'ethnicity') return ethnicityLabel(value)
  if (FACT_FIELDS[field]) {
    const key = factLabelKey(FACT_FIELDS[field], value)
    return key ? t(key) : value
  }
  if (field === 'classification') return translated(`classification.class.${value}`)
  if (field === 'closeReason') return translated(`household.closeReason.${value}`)
  if (field === 'leftReason') return translated(`household.member.leftReason.${value}`)
  if (field === 'status') {
    return translated(entry.entityType === 'member' ? `household.memberStatus.${value}` : `household.status.${value}`)
  }
  if (field === 'deprivedIndicators') return value.split(',').filter(Boolean).map(context.indicatorName).join(', ')
  if (field === 'headMemberId') return context.memberName(value) ?? value
  if (field === 'villageId') return context.villageName(value) ?? value
  if (value === 'true' || value === 'false') return t(value === 'true' ? 'common.yes' : 'common.no')
  if (ISO_DATE.test(value)) return formatDate(value)
  if (UUID.test(value)) return value.slice(0, 8)
  return value
}

/** Who or what an entry is about: the member's name, the yearly record, or the household. */
export function auditSubject(entry: AuditEntry, context: AuditContext, t: TFunction): string {
  if (entry.entityType === 'member') return context.memberName(entry.entityId) ?? t('household.member.fullName')
  if (entry.entityType === 'record') {
    const year = entry.changes.find((change) => change.field === 'surveyYear')?.after
    return year ? `${t('household.audit.record')} ${year}` : t('household.audit.record')
  }
  return `${t('household.audit.household')} ${context.householdCode}`
}
