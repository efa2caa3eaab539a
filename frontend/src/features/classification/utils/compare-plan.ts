import type { CompareRequest } from '../api/compare-standards'
import type { EvaluateRequest } from '../api/classify-household'
import { AREA_TYPES, indicatorCodes, type StandardDefinition, type StandardSummary } from './form-model'

export interface ComparePlan {
  request: CompareRequest
  /** Standards left out: no score-A cut-off for the area type while the household has only score A. */
  skipped: string[]
  /** Ticked indicators left out: not every compared standard has them (the server would refuse). */
  droppedTicks: string[]
}

/**
 * What "compare the standards" sends: the household under every published standard (and the
 * retired ones if asked), oldest first. The compare call takes one set of ticks and fails as a
 * whole on an indicator or a score-A cut-off one standard lacks, so those are left out here and
 * listed for the officer.
 */
export function planComparison(
  standards: readonly StandardSummary[],
  definitions: Readonly<Record<string, StandardDefinition | undefined>>,
  household: EvaluateRequest,
  includeRetired: boolean,
): ComparePlan {
  const candidates = standards
    .filter((standard) => standard.status === 'PUBLISHED' || (includeRetired && standard.status === 'RETIRED'))
    .toSorted((a, b) => a.yearFrom - b.yearFrom || a.code.localeCompare(b.code))
  const scoreOnly = household.monthlyIncomePerCapita == null && household.scoreA != null
  const areaType = household.areaType
  const usable = candidates.filter(
    (standard) => !scoreOnly || !areaType || standard.lines[areaType]?.scoreACutoff != null,
  )
  const skipped = candidates.filter((standard) => !usable.includes(standard)).map((standard) => standard.code)

  const ticks = household.deprivations ?? {}
  const everywhere = (code: string) =>
    usable.every((standard) => indicatorCodes(definitions[standard.code]).includes(code))
  const kept = Object.fromEntries(Object.entries(ticks).filter(([code]) => everywhere(code)))
  const droppedTicks = Object.keys(ticks).filter((code) => !everywhere(code))

  const { standardCode: _ignored, deprivations: _ticks, areaType: _area, ...facts } = household
  return {
    request: {
      ...facts,
      areaType: AREA_TYPES.find((known) => known === areaType),
      standardCodes: usable.map((standard) => standard.code),
      ...(Object.keys(kept).length > 0 ? { deprivations: kept } : {}),
    },
    skipped,
    droppedTicks,
  }
}
