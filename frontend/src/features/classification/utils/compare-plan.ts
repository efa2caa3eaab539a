import type { CompareRequest } from '../api/compare-standards'
import type { EvaluateRequest } from '../api/classify-household'
import { AREA_TYPES, type StandardSummary } from './form-model'

export interface ComparePlan {
  request: CompareRequest
  /** Standards left out: no score-A cut-off for the area type while the household has only score A. */
  skipped: string[]
}

/**
 * What "compare the standards" sends: the household under every published standard (and the
 * retired ones if asked), oldest first. Standards without a score-A cut-off are left out when only
 * score A is known (listed for the officer); ticks go to every standard, and each result lists the
 * ones its standard does not have (`ignoredDeprivations`).
 */
export function planComparison(
  standards: readonly StandardSummary[],
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
  const { standardCode: _ignored, deprivations: _ticks, areaType: _area, ...facts } = household
  return {
    request: {
      ...facts,
      areaType: AREA_TYPES.find((known) => known === areaType),
      standardCodes: usable.map((standard) => standard.code),
      ...(Object.keys(ticks).length > 0 ? { deprivations: ticks } : {}),
    },
    skipped,
  }
}
