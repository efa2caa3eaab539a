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

function hasRole(user: CurrentUser, ...roles: Role[]): boolean {
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
