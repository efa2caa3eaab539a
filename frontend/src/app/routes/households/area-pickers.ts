import type { CurrentUser } from '@/features/account/api/get-current-user'
import { VillageSelect } from '@/features/area/components/village-select'
import type { AreaPickers } from '@/features/household/utils/area-pickers'
import { JurisdictionCommuneSelect } from './jurisdiction-commune-select'

/** The area feature's pickers, as the household pages take them. */
export const householdAreaPickers: AreaPickers = {
  CommuneSelect: JurisdictionCommuneSelect,
  VillageSelect,
}

/** The commune a commune officer sees first: their own (the first one, if several). */
export function defaultCommuneCode(user: CurrentUser | undefined): string | undefined {
  if (!user || user.national || user.areas.some((area) => area.level === 'PROVINCE')) return undefined
  return user.areas.find((area) => area.level === 'COMMUNE')?.code
}
