import type { Schemas } from './api-client'

type CurrentUser = Pick<Schemas['CurrentUserView'], 'roles' | 'areas'>

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
