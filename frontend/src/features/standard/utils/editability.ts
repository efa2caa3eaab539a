import type { Editability, StandardDefinition } from '../api/get-standard'
import type { AreaType } from '../api/list-standards'

/** The income lines of an area type, by kind of input. */
export const MONEY_LINE_FIELDS = ['povertyLine', 'nearPovertyLine', 'averageLivingUpper'] as const
export const SCORE_LINE_FIELDS = ['scoreACutoff', 'scoreANearPovertyCutoff', 'scoreAAverageUpper'] as const
export type LineField =
  | (typeof MONEY_LINE_FIELDS)[number]
  | (typeof SCORE_LINE_FIELDS)[number]
  | 'averageLivingProvisional'

/**
 * What an administrator may change, as the server rules it: a draft (ALL) everything; a
 * published standard not yet used (PROVISIONAL_ONLY) only its provisional parts — the
 * average-living upper line where it is marked provisional, and the indicators marked
 * provisional (their thresholds, and the mark itself once they are final); otherwise nothing.
 * `saved` is the definition as stored, so unticking "provisional" keeps a field open until saved.
 */
export function isLineEditable(
  editable: Editability,
  saved: StandardDefinition,
  areaType: AreaType,
  field: LineField,
): boolean {
  if (editable === 'ALL') return true
  if (editable !== 'PROVISIONAL_ONLY') return false
  const provisional = saved.lines?.[areaType]?.averageLivingProvisional === true
  return provisional && (field === 'averageLivingUpper' || field === 'averageLivingProvisional')
}

export function isIndicatorEditable(editable: Editability, saved: StandardDefinition, indicatorCode: string): boolean {
  if (editable === 'ALL') return true
  if (editable !== 'PROVISIONAL_ONLY') return false
  return (saved.dimensions ?? []).some((dimension) =>
    (dimension.indicators ?? []).some((indicator) => indicator.code === indicatorCode && indicator.provisional === true),
  )
}

/** Whether a standard has anything marked provisional (a provisional average-living band or indicator). */
export function hasProvisionalParts(definition: StandardDefinition): boolean {
  const lines = Object.values(definition.lines ?? {}).some((line) => line.averageLivingProvisional === true)
  const indicators = (definition.dimensions ?? []).some((dimension) =>
    (dimension.indicators ?? []).some((indicator) => indicator.provisional === true),
  )
  return lines || indicators
}

/** Whether the edit mode has anything to offer: a draft, or a published standard with provisional parts. */
export function canEditStandard(editable: Editability, definition: StandardDefinition): boolean {
  return editable === 'ALL' || (editable === 'PROVISIONAL_ONLY' && hasProvisionalParts(definition))
}
