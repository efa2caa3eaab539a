import type { TFunction } from 'i18next'
import { formatDate } from '@/lib/format'
import { isTranslationKey } from '@/lib/i18n'
import type { AuditEntry } from '../api/get-campaign-audit'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Fields whose values are codes with their own translations. */
const CODE_FIELDS: Record<string, string> = {
  kind: 'review.kind',
  state: 'review.state',
  form: 'review.requestForm',
  proposedClass: 'classification.class',
  class: 'classification.class',
  transition: 'review.transition',
  outcome: 'review.complaintOutcome',
}

/** The action in words ("Họp dân thông qua"); the code itself when it is new to the UI. */
export function reviewActionLabel(action: string, t: TFunction): string {
  const key = `review.audit.action.${action}`
  return isTranslationKey(key) ? t(key) : action
}

export function reviewFieldLabel(field: string, t: TFunction): string {
  const key = `review.audit.field.${field}`
  return isTranslationKey(key) ? t(key) : field
}

/** One value of a change in words: codes translated (a complaint kind under "kind" too), dates dd/MM/yyyy, yes/no. */
export function reviewValue(entry: Pick<AuditEntry, 'action'>, field: string, value: string | null, t: TFunction): string {
  if (value === null || value === '') return t('audit.blank')
  const prefix =
    field === 'kind' && entry.action === 'review.complaint_received' ? 'review.complaintKind' : CODE_FIELDS[field]
  if (prefix && isTranslationKey(`${prefix}.${value}`)) return t(`${prefix}.${value}` as never)
  if (value === 'true' || value === 'false') return t(value === 'true' ? 'common.yes' : 'common.no')
  if (ISO_DATE.test(value)) return formatDate(value)
  return value
}

/** Who an entry is about: the campaign, or one of its households (by code, when known). */
export function reviewSubject(
  entry: Pick<AuditEntry, 'entityType' | 'entityId'>,
  householdCode: (itemId: string) => string | undefined,
  t: TFunction,
): string {
  if (entry.entityType === 'review_item') {
    const code = householdCode(entry.entityId)
    return code ? t('review.audit.item', { code }) : t('review.audit.itemUnknown')
  }
  return t('review.audit.campaign')
}
