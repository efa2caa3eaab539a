import type { Schemas } from './api-client'
import { isTranslationKey, type TranslationKey } from './i18n'

/**
 * The coded facts about a household and its members, as the classifier knows them. Both the
 * classification form (its selects) and the standards (indicator thresholds listing codes) show
 * them, with labels under `fact.<kind>.<CODE>`.
 */
export const WATER_SOURCES = [
  'PIPED',
  'DRILLED_WELL',
  'PROTECTED_DUG_WELL',
  'UNPROTECTED_DUG_WELL',
  'PROTECTED_SPRING',
  'UNPROTECTED_SPRING',
  'RAINWATER',
  'BOTTLED',
  'TANKER',
  'SURFACE_WATER',
  'OTHER',
] as const satisfies readonly Schemas['WaterSource'][]

export const LATRINE_TYPES = [
  'SEPTIC',
  'SEMI_SEPTIC',
  'POUR_FLUSH',
  'DOUBLE_VAULT',
  'VENTILATED_PIT',
  'SIMPLE_PIT',
  'HANGING',
  'NONE',
  'OTHER',
] as const satisfies readonly Schemas['LatrineType'][]

export const WASTE_DISPOSALS = [
  'COLLECTED',
  'ON_SITE_TREATMENT',
  'DUMPED',
  'OTHER',
] as const satisfies readonly Schemas['WasteDisposal'][]

export const INFORMATION_DEVICES = [
  'TV',
  'RADIO',
  'COMPUTER',
  'SMARTPHONE',
  'PHONE',
] as const satisfies readonly Schemas['InformationDevice'][]

/** Telecom services the TELECOM indicator may count (only in the indicator catalogue). */
export const TELECOM_SERVICES = ['INTERNET', 'PHONE'] as const

export const SEXES = ['MALE', 'FEMALE'] as const satisfies readonly Schemas['Sex'][]

export const RELATIONS_TO_HEAD = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'CHILD_IN_LAW',
  'GRANDCHILD',
  'PARENT',
  'PARENT_IN_LAW',
  'GRANDPARENT',
  'SIBLING',
  'OTHER_RELATIVE',
  'OTHER',
] as const satisfies readonly Schemas['RelationToHead'][]

export const LABOUR_CAPACITIES = ['FULL', 'PARTIAL', 'NONE'] as const satisfies readonly Schemas['LabourCapacity'][]

export const EMPLOYMENT_STATUSES = [
  'WAGE_WITH_CONTRACT',
  'WAGE_WITHOUT_CONTRACT',
  'SELF_EMPLOYED',
  'UNEMPLOYED',
  'NOT_IN_LABOUR_FORCE',
] as const satisfies readonly Schemas['EmploymentStatus'][]

export const NUTRITION_STATUSES = ['NORMAL', 'STUNTED', 'UNDERWEIGHT'] as const satisfies readonly Schemas['NutritionStatus'][]

export const EDUCATION_LEVELS = [
  'NONE',
  'PRIMARY',
  'LOWER_SECONDARY',
  'UPPER_SECONDARY',
  'VOCATIONAL',
  'COLLEGE',
  'UNIVERSITY',
] as const satisfies readonly Schemas['EducationLevel'][]

/** Causes of poverty a yearly record notes (multi-choice). */
export const POVERTY_CAUSES = [
  'LACK_OF_LAND',
  'LACK_OF_CAPITAL',
  'LACK_OF_LABOUR',
  'LACK_OF_TOOLS',
  'LACK_OF_KNOW_HOW',
  'LACK_OF_SKILLS',
  'ILLNESS_OR_ACCIDENT',
  'OLD_AGE_OR_LOST_CAPACITY',
  'OTHER',
] as const satisfies readonly Schemas['PovertyCause'][]

/** Support a household needs, as a yearly record notes it (multi-choice). */
export const SUPPORT_NEEDS = [
  'HEALTH',
  'EDUCATION',
  'PRODUCTION',
  'CREDIT',
  'HOUSING',
  'OTHER',
] as const satisfies readonly Schemas['SupportNeed'][]

/** Every kind of coded fact, by the name used in its label keys. */
export const FACT_CODES = {
  waterSource: WATER_SOURCES,
  latrineType: LATRINE_TYPES,
  wasteDisposal: WASTE_DISPOSALS,
  informationDevice: INFORMATION_DEVICES,
  telecomService: TELECOM_SERVICES,
  sex: SEXES,
  relationToHead: RELATIONS_TO_HEAD,
  labourCapacity: LABOUR_CAPACITIES,
  employment: EMPLOYMENT_STATUSES,
  nutrition: NUTRITION_STATUSES,
  education: EDUCATION_LEVELS,
  povertyCause: POVERTY_CAUSES,
  supportNeed: SUPPORT_NEEDS,
} as const

export type FactKind = keyof typeof FACT_CODES

const FACT_KINDS = Object.keys(FACT_CODES) as FactKind[]

/**
 * The kind of fact a list of codes belongs to: the first kind holding every one of them
 * (an indicator parameter's allowed values name no kind, and codes like OTHER or PHONE
 * appear in several kinds).
 */
export function factKindOf(codes: readonly string[]): FactKind | undefined {
  if (codes.length === 0) return undefined
  return FACT_KINDS.find((kind) => {
    const known: readonly string[] = FACT_CODES[kind]
    return codes.every((code) => known.includes(code))
  })
}

/** The label key of a coded fact, if there is one. */
export function factLabelKey(kind: FactKind | undefined, code: string): TranslationKey | undefined {
  if (!kind) return undefined
  const key = `fact.${kind}.${code}`
  return isTranslationKey(key) ? key : undefined
}
