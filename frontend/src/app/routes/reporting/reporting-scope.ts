import type { CurrentUser } from '@/features/account/api/get-current-user'
import type { Obligation } from '@/features/reporting/api/list-obligations'
import type { Submission } from '@/features/reporting/api/list-submissions'
import { canReceiveReport, canSubmitReport } from '@/lib/authorization'

/** Who gets reminders about reports their units owe (auditors and the province's system do not). */
export function hasReminders(user: CurrentUser): boolean {
  return ['admin', 'province_officer', 'commune_officer', 'commune_chair', 'support_agency'].some((role) => user.roles.includes(role))
}

/** Who sets whom the reminders are e-mailed to: admins and the units' officers. */
export function canSetReportContacts(user: CurrentUser): boolean {
  return ['admin', 'province_officer', 'commune_officer'].some((role) => user.roles.includes(role))
}

/** Who reads timeliness across units: every reader of the reporting pages but helping agencies. */
export function canReadTimeliness(user: CurrentUser): boolean {
  return ['admin', 'province_officer', 'commune_officer', 'commune_chair', 'auditor', 'integration'].some((role) =>
    user.roles.includes(role),
  )
}

/** Whether the user sends and whether the user receives a submission, from its obligation's levels. */
export function submissionPermissions(user: CurrentUser, submission: Submission, obligation: Obligation | undefined) {
  return {
    canSubmit: canSubmitReport(user, { unitCode: submission.unitCode, ownerLevel: obligation?.ownerLevel }),
    canReceive: canReceiveReport(user, { provinceCode: submission.provinceCode, recipientLevel: obligation?.recipientLevel }),
  }
}

/** The timeliness page of a submission's obligation and period, in its province (or the country's provinces). */
export function timelinessPath(obligationCode: string, periodStart: string, areaCode?: string): string {
  const params = new URLSearchParams({ obligation: obligationCode, period: periodStart })
  if (areaCode) params.set('area', areaCode)
  return `/reporting/timeliness?${params.toString()}`
}

/** The area the user's timeliness and reports open on: their province, else their (first) commune. */
export function defaultReportArea(user: CurrentUser): string | undefined {
  if (user.national) return undefined
  return user.areas.find((area) => area.level === 'PROVINCE')?.code ?? user.areas.find((area) => area.level === 'COMMUNE')?.code
}
