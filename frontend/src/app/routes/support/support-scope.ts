import type { CurrentUser } from '@/features/account/api/get-current-user'
import type { SupportPermissions } from '@/features/support/utils/permissions'
import type { CommunePicker } from '@/features/support/utils/pickers'
import {
  canAssignSupportHouseholds,
  canManageSupportGroups,
  canOrganiseCrossChecks,
  canReadSupportEffect,
  canRecordFindings,
  canWriteSupportPlans,
  isSupportAgencyUser,
} from '@/lib/authorization'
import { useIndicatorNames } from '@/lib/indicator-names'
import { JurisdictionCommuneSelect } from '../households/jurisdiction-commune-select'
import { useStandardDefinitions } from '../households/use-standard-definitions'

/** The communes of the user's jurisdiction (from the area feature), as the support pages take them. */
export const SupportCommuneSelect: CommunePicker = JurisdictionCommuneSelect

/** What the user does in support work; the backend checks the same roles. */
export function supportPermissions(user: CurrentUser): SupportPermissions {
  return {
    agencyUser: isSupportAgencyUser(user),
    writePlans: canWriteSupportPlans(user),
    manageGroups: canManageSupportGroups(user),
    assign: canAssignSupportHouseholds(user),
    pair: canOrganiseCrossChecks(user),
    findings: canRecordFindings(user),
    effect: canReadSupportEffect(user),
  }
}

/** The commune an officer sees first: their own (the first one, if several); none for province users. */
export function defaultCommuneCode(user: CurrentUser): string | undefined {
  if (user.national || user.areas.some((area) => area.level === 'PROVINCE')) return undefined
  return user.areas.find((area) => area.level === 'COMMUNE')?.code
}

/** The user's province: their province, or that of their communes; national users choose one. */
export function provinceOf(user: CurrentUser): string | undefined {
  return (
    user.areas.find((area) => area.level === 'PROVINCE')?.code ??
    user.areas.find((area) => area.level === 'COMMUNE')?.provinceCode ??
    undefined
  )
}

/** Indicator names in the UI language, from every published standard (the newest name first). */
export function useIndicatorName(): (code: string) => string {
  const { standards, definitions } = useStandardDefinitions()
  const ordered = standards
    .toSorted((a, b) => b.yearFrom - a.yearFrom)
    .flatMap((standard) => (definitions[standard.code] ? [definitions[standard.code]] : []))
  const combined = ordered.length > 0 ? { ...ordered[0], dimensions: ordered.flatMap((definition) => definition.dimensions ?? []) } : undefined
  return useIndicatorNames(combined).indicator
}
