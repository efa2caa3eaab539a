import type { Schemas } from './api-client'
import { useLocalized } from './i18n/use-localized'

type StandardDefinition = Schemas['StandardDefinition']

export interface IndicatorNames {
  indicator: (code: string) => string
  dimension: (code: string) => string
}

/** Names of a standard's indicators and dimensions in the UI language (the code when unknown). */
export function useIndicatorNames(definition: StandardDefinition | undefined): IndicatorNames {
  const localized = useLocalized()
  const dimensions = definition?.dimensions ?? []
  return {
    indicator: (code) => {
      for (const dimension of dimensions) {
        const indicator = dimension.indicators?.find((candidate) => candidate.code === code)
        if (indicator) return localized(indicator.name, indicator.nameEn) || code
      }
      return code
    },
    dimension: (code) => {
      const dimension = dimensions.find((candidate) => candidate.code === code)
      return dimension ? localized(dimension.name, dimension.nameEn) || code : code
    },
  }
}
