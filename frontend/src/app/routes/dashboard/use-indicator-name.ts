import { useIndicatorNames } from '@/lib/indicator-names'
import { useStandardDefinitions } from '../households/use-standard-definitions'

/** Indicator names in the UI language, from every published standard (the newest name first). */
export function useIndicatorName(): (code: string) => string {
  const { standards, definitions } = useStandardDefinitions()
  const ordered = standards
    .toSorted((a, b) => b.yearFrom - a.yearFrom)
    .flatMap((standard) => (definitions[standard.code] ? [definitions[standard.code]] : []))
  const combined =
    ordered.length > 0 ? { ...ordered[0], dimensions: ordered.flatMap((definition) => definition.dimensions ?? []) } : undefined
  return useIndicatorNames(combined).indicator
}
