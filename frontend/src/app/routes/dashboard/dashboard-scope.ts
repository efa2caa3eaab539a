import type { CurrentUser } from '@/features/account/api/get-current-user'

/** The country, as the dashboard's area. */
export const NATIONAL_AREA = 'VN'

/**
 * The dashboard a user opens first: the country for national users, their province for province
 * officers, their (first) commune for commune officers.
 */
export function defaultDashboardArea(user: CurrentUser): string | undefined {
  if (user.national) return NATIONAL_AREA
  return user.areas.find((area) => area.level === 'PROVINCE')?.code ?? user.areas.find((area) => area.level === 'COMMUNE')?.code
}

/** Whether the user may open this area's dashboard (the server checks too: 403 outside the jurisdiction). */
export function mayOpenArea(user: CurrentUser, code: string, provinceCode?: string | null): boolean {
  if (user.national) return true
  return user.areas.some((area) => area.code === code || (provinceCode != null && area.code === provinceCode))
}

/** The province an area belongs to: itself for a province, its province for a commune. */
export function provinceOfArea(code: string, communeProvince?: string | null): string | undefined {
  if (code.length === 2) return code
  return communeProvince ?? undefined
}
