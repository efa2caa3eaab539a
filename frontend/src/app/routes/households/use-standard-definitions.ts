import type { IndicatorName } from '@/features/household/utils/indicators'
import { useStandardList } from '@/features/standard/api/get-standard'
import { useStandards } from '@/features/standard/api/list-standards'

/**
 * The published (and retired) standards with their definitions, and every indicator they name:
 * the household pages filter by indicator, name deprivations and offer the ticks of the standard
 * governing a survey year.
 */
export function useStandardDefinitions() {
  const standards = useStandards()
  const usable = (standards.data ?? []).filter((standard) => standard.status !== 'DRAFT')
  const details = useStandardList(usable.map((standard) => standard.code))
  const definitions = Object.fromEntries(details.standards.map((standard) => [standard.code, standard.definition]))
  const indicators: IndicatorName[] = []
  // Newest standards first, so an indicator carries its latest name.
  for (const standard of usable.toSorted((a, b) => b.yearFrom - a.yearFrom)) {
    for (const dimension of definitions[standard.code]?.dimensions ?? []) {
      for (const indicator of dimension.indicators ?? []) {
        if (indicator.code && !indicators.some((known) => known.code === indicator.code)) {
          indicators.push({ code: indicator.code, name: indicator.name ?? indicator.code, nameEn: indicator.nameEn ?? '' })
        }
      }
    }
  }
  return {
    standards: usable,
    definitions,
    indicators,
    isPending: standards.isPending || details.isPending,
    error: standards.error ?? details.error,
  }
}
