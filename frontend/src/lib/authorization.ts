import type { Schemas } from './api-client'

type CurrentUser = Pick<Schemas['CurrentUserView'], 'roles' | 'areas'>
/** A user with the whole country as jurisdiction (administrators) has `national` set. */
type RegistryUser = CurrentUser & Partial<Pick<Schemas['CurrentUserView'], 'national'>>

export const ROLES = [
  'admin',
  'province_officer',
  'commune_officer',
  'commune_chair',
  'reviewer',
  'support_agency',
  'auditor',
  'integration',
] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: string): value is Role {
  return ROLES.some((role) => role === value)
}

function hasRole(user: Pick<CurrentUser, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role))
}

function coversArea(user: CurrentUser, code: string): boolean {
  return user.areas.some((area) => area.code === code)
}

/**
 * Who may create, rename and delete the villages of a commune (mirrors the backend rule):
 * an admin anywhere; a province officer of the commune's province; a commune officer or
 * commune chair of that commune.
 */
export function canEditVillages(
  user: CurrentUser | undefined,
  commune: { code: string; provinceCode: string },
): boolean {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'province_officer') && coversArea(user, commune.provinceCode)) return true
  return hasRole(user, 'commune_officer', 'commune_chair') && coversArea(user, commune.code)
}

/** Who may copy, edit, publish, retire and delete poverty standards: administrators only. */
export function canManageStandards(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && user.roles.includes('admin')
}

/** The roles that may read the household registry (helping agencies may not). */
const HOUSEHOLD_READERS: readonly Role[] = [
  'admin',
  'province_officer',
  'commune_officer',
  'commune_chair',
  'reviewer',
  'auditor',
  'integration',
]

/** Who may open the household registry (the sidebar entry and its pages). */
export function canReadHouseholds(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && HOUSEHOLD_READERS.some((role) => user.roles.includes(role))
}

/** Where a household is: its commune and province. */
export interface HouseholdPlace {
  communeCode: string
  provinceCode: string
}

function coversPlace(user: RegistryUser, place: HouseholdPlace): boolean {
  return user.national === true || coversArea(user, place.communeCode) || coversArea(user, place.provinceCode)
}

/**
 * Who may register households and change them and their members (mirrors the backend): an admin
 * anywhere; a province officer, commune officer, commune chair or the integration account within
 * their jurisdiction. Without a place (registering: the commune is chosen in the form), the role
 * alone decides. Auditors and reviewers only read (reviewers add yearly records, see below).
 */
export function canWriteHouseholds(user: RegistryUser | undefined, place?: HouseholdPlace): boolean {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'province_officer', 'commune_officer', 'commune_chair', 'integration')) return false
  return place === undefined || coversPlace(user, place)
}

/** Who may add a yearly record (survey result) to a household: the writers, and reviewers too. */
export function canWriteRecords(user: RegistryUser | undefined, place?: HouseholdPlace): boolean {
  if (!user) return false
  if (canWriteHouseholds(user, place)) return true
  return hasRole(user, 'reviewer') && (place === undefined || coversPlace(user, place))
}

/*
 * Reviews (rà soát). A campaign outside the user's jurisdiction is never served (404), so within
 * the review pages the role alone decides who performs each step (mirrors the backend).
 */

/** The roles that may read review campaigns (helping agencies may not). */
const REVIEW_READERS: readonly Role[] = HOUSEHOLD_READERS

/** Who may open the reviews (the sidebar entry and its pages). */
export function canReadReviews(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && REVIEW_READERS.some((role) => user.roles.includes(role))
}

/**
 * Who runs a campaign: opens it, lists applicants, takes households off the list, records village
 * meetings, posts the results, receives and resolves complaints (officers and admins).
 */
export function canRunReviews(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer')
}

/** Who surveys a listed household (rà soát viên) within a campaign: reviewers and admins. */
export function canSurveyReviews(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'reviewer')
}

/** Who gives the level above's opinion on a campaign's results: province officers and admins. */
export function canGiveReviewOpinion(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer')
}

/** Who decides a campaign (Mẫu 02): the commune chairman only, not even an admin. */
export function canDecideReviews(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'commune_chair')
}

/** Who reads a campaign's audit trail (reviewers and the integration account may not). */
export function canReadReviewAudit(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer', 'commune_chair', 'auditor')
}

/*
 * Support work (hỗ trợ hộ nghèo). A helping agency's user sees only the households of its groups; the
 * server answers 404 for the rest, so within the support pages the role decides (mirrors the backend).
 */

/** The roles that read support work: officers, chairs, auditors, the province's system and helping agencies. */
const SUPPORT_READERS: readonly Role[] = [
  'admin',
  'province_officer',
  'commune_officer',
  'commune_chair',
  'auditor',
  'integration',
  'support_agency',
]

/** Who may open the support pages (the sidebar entry). */
export function canReadSupport(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && SUPPORT_READERS.some((role) => user.roles.includes(role))
}

/**
 * Whether the user works for a helping agency only (no other role): they land on the agency
 * workspace and see their own groups' households.
 */
export function isSupportAgencyUser(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return (
    user !== undefined &&
    hasRole(user, 'support_agency') &&
    !hasRole(user, 'admin', 'province_officer', 'commune_officer', 'commune_chair', 'reviewer', 'auditor', 'integration')
  )
}

/** Who makes plans, adds, delivers and drops items, records commitments and visits. */
export function canWriteSupportPlans(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer', 'support_agency')
}

/** Who registers agencies, links their users, forms groups, hands the lead over and sets the province's policy. */
export function canManageSupportGroups(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer')
}

/** Who assigns households to help groups. */
export function canAssignSupportHouseholds(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer')
}

/** Who pairs groups for cross-checks and draws samples. */
export function canOrganiseCrossChecks(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer')
}

/** Who records cross-check findings (an agency's user: for its own groups' inspections). */
export function canRecordFindings(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer', 'support_agency')
}

/** Who reads what support changed (the effect per kind); helping agencies do not. */
export function canReadSupportEffect(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer', 'commune_officer', 'commune_chair', 'auditor', 'integration')
}

/** Who sets a campaign's own due dates and the lengths of posting and re-check: province officers and admins. */
export function canSetReviewDeadlines(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer')
}

/*
 * Dashboards, reporting obligations and statutory reports (mirrors the backend's roles). An area
 * outside the user's jurisdiction answers 403/404, so pages check the role and, where a unit is
 * named, the jurisdiction.
 */

/** The roles that read dashboards and statutory reports (helping agencies and reviewers may not). */
const DASHBOARD_READERS: readonly Role[] = [
  'admin',
  'province_officer',
  'commune_officer',
  'commune_chair',
  'auditor',
  'integration',
]

/** Who may open the dashboard (the sidebar entry and its page). */
export function canReadDashboards(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && DASHBOARD_READERS.some((role) => user.roles.includes(role))
}

/** Who may open the statutory reports (movement, Alkire–Foster, transitions): the dashboard's readers. */
export function canReadReports(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return canReadDashboards(user)
}

/** Who may open the reporting obligations and submissions: the dashboard's readers and helping agencies. */
export function canReadReporting(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return canReadDashboards(user) || (user !== undefined && hasRole(user, 'support_agency'))
}

/**
 * Who keeps reporting obligations (adds local ones, changes a rule, deactivates): the national
 * administrator, and a province officer for the local obligations of their province (mirrors the
 * backend). Every reader of reporting sees them.
 */
export function canManageObligations(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && hasRole(user, 'admin', 'province_officer')
}

/** Whether the user may change this obligation: the administrator any; a province officer its province's local ones. */
export function canEditObligation(
  user: CurrentUser | undefined,
  obligation: { statutory: boolean; provinceCode: string | null },
): boolean {
  if (user === undefined) return false
  if (hasRole(user, 'admin')) return true
  return (
    hasRole(user, 'province_officer') &&
    !obligation.statutory &&
    obligation.provinceCode !== null &&
    coversArea(user, obligation.provinceCode)
  )
}

/** The province whose local obligations a province officer keeps (none for the administrator: any). */
export function obligationProvinceOf(user: CurrentUser | undefined): string | undefined {
  if (user === undefined || hasRole(user, 'admin') || !hasRole(user, 'province_officer')) return undefined
  return user.areas.find((area) => area.level === 'PROVINCE')?.code
}

/** Whether a unit (a commune or a province, by code) is within the user's jurisdiction. */
function coversUnit(user: RegistryUser, unitCode: string, provinceCode?: string): boolean {
  return user.national === true || coversArea(user, unitCode) || (provinceCode !== undefined && coversArea(user, provinceCode))
}

/** Who sets a unit's targets: an admin; a province officer, commune officer or chair within their jurisdiction. */
export function canEditTargets(user: RegistryUser | undefined, unit: { code: string; provinceCode?: string }): boolean {
  if (!user || unit.code === 'VN') return false
  if (hasRole(user, 'admin')) return true
  return hasRole(user, 'province_officer', 'commune_officer', 'commune_chair') && coversUnit(user, unit.code, unit.provinceCode)
}

/** Who enters a year's figures by hand: an admin; a province or commune officer within their jurisdiction. */
export function canEditHistoricalFigures(
  user: RegistryUser | undefined,
  unit: { code: string; provinceCode?: string },
): boolean {
  if (!user || unit.code === 'VN') return false
  if (hasRole(user, 'admin')) return true
  return hasRole(user, 'province_officer', 'commune_officer') && coversUnit(user, unit.code, unit.provinceCode)
}

/**
 * Who sends a report (the unit that owes it): a commune's officers and chair for a commune's report,
 * a province officer for the province's, a helping agency's user for its agency's or group's (the
 * server knows which agency; here the role decides).
 */
export function canSubmitReport(
  user: RegistryUser | undefined,
  submission: { unitCode: string; ownerLevel?: string },
): boolean {
  if (!user) return false
  switch (submission.ownerLevel) {
    case 'COMMUNE':
      return hasRole(user, 'commune_officer', 'commune_chair') && coversArea(user, submission.unitCode)
    case 'PROVINCE':
      return hasRole(user, 'province_officer') && coversArea(user, submission.unitCode)
    case 'AGENCY':
    case 'HELP_GROUP':
      return hasRole(user, 'support_agency')
    default:
      return false
  }
}

/**
 * Who receives a report and so returns, accepts or reopens it: national administrators for the
 * ministry's reports; administrators and the province's officers for the province's.
 */
export function canReceiveReport(
  user: RegistryUser | undefined,
  submission: { provinceCode: string; recipientLevel?: string },
): boolean {
  if (!user) return false
  if (submission.recipientLevel === 'MINISTRY') return hasRole(user, 'admin')
  return hasRole(user, 'admin') || (hasRole(user, 'province_officer') && coversArea(user, submission.provinceCode))
}

/*
 * Imports (nhập dữ liệu): household lists from Excel or CSV files, validated whole, then written to the
 * registry (mirrors the backend's roles). An import of an area outside the jurisdiction answers 404.
 */

/** The roles that upload, commit and cancel imports (auditors only read them). */
const IMPORT_WRITERS: readonly Role[] = ['admin', 'province_officer', 'commune_officer', 'commune_chair', 'integration']

/** Who may open the imports (the sidebar entry and its pages): the writers and auditors. */
export function canReadImports(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return user !== undefined && (hasRole(user, ...IMPORT_WRITERS) || hasRole(user, 'auditor'))
}

/**
 * Who may download the templates and upload, commit and cancel imports for an area (a commune or a
 * province, by code): an admin anywhere; a province officer, commune officer, commune chair or the
 * integration account within their jurisdiction (a province's officers for the province and each of its
 * communes, a commune's for their commune). Without an area the role alone decides.
 */
export function canWriteImports(
  user: RegistryUser | undefined,
  area?: { code: string; provinceCode?: string | null },
): boolean {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'province_officer', 'commune_officer', 'commune_chair', 'integration')) return false
  return area === undefined || coversUnit(user, area.code, area.provinceCode ?? undefined)
}
