import type { Dayjs } from 'dayjs'
import type { Schemas } from '@/lib/api-client'
import {
  defined,
  deprivations,
  householdFacts,
  yesNo,
  type HouseholdValues,
  type TickState,
  type YesNo,
} from '@/lib/fact-form'
import type { EvaluateRequest, IncomeBasis } from '../api/classify-household'

// Shared with the other forms that type facts (see lib/fact-form).
export { governingStandard, indicatorCodes, NO_DEVICE } from '@/lib/fact-form'

export type AreaType = Schemas['AreaType']
export type StandardSummary = Schemas['StandardSummary']
export type StandardDefinition = Schemas['StandardDefinition']
type MemberFacts = Schemas['MemberFacts']

export const AREA_TYPES = ['URBAN', 'RURAL'] as const satisfies readonly AreaType[]
export const INCOME_BASES = ['MEASURED_INCOME', 'SCORE_A'] as const satisfies readonly IncomeBasis[]

/** The default ethnicity code: 01, Kinh. */
export const KINH = '01'

export interface MemberValues {
  name?: string
  birthDate?: Dayjs | null
  sex?: Schemas['Sex']
  ethnicity?: string
  relationToHead?: Schemas['RelationToHead']
  labourCapacity?: Schemas['LabourCapacity']
  employment?: Schemas['EmploymentStatus']
  monthlySocialAllowance?: YesNo
  disabled?: YesNo
  nutrition?: Schemas['NutritionStatus']
  healthInsurance?: YesNo
  attendingSchool?: YesNo
  highestEducation?: Schemas['EducationLevel']
  meritorious?: YesNo
  sickWithoutCare?: YesNo
}

export interface ClassificationFormValues {
  year: number
  /** Empty: the published standard governing the year. */
  standardCode?: string
  areaType?: AreaType
  incomeBasis: IncomeBasis
  monthlyIncomePerCapita?: number | null
  scoreA?: number | null
  household: HouseholdValues
  members: MemberValues[]
  ticks: Partial<Record<string, TickState>>
}

export function newMember(relationToHead?: Schemas['RelationToHead']): MemberValues {
  return { ethnicity: KINH, relationToHead }
}

export function initialFormValues(year: number): ClassificationFormValues {
  return {
    year,
    incomeBasis: 'MEASURED_INCOME',
    household: {},
    members: [newMember('HEAD')],
    ticks: {},
  }
}

function memberFacts(values: MemberValues): MemberFacts {
  return defined<MemberFacts>({
    name: values.name?.trim() || undefined,
    birthDate: values.birthDate?.format('YYYY-MM-DD'),
    sex: values.sex,
    ethnicity: values.ethnicity?.trim() || undefined,
    relationToHead: values.relationToHead,
    labourCapacity: values.labourCapacity,
    employment: values.employment,
    monthlySocialAllowance: yesNo(values.monthlySocialAllowance),
    disabled: yesNo(values.disabled),
    nutrition: values.nutrition,
    healthInsurance: yesNo(values.healthInsurance),
    attendingSchool: yesNo(values.attendingSchool),
    highestEducation: values.highestEducation,
    meritorious: yesNo(values.meritorious),
    sickWithoutCare: yesNo(values.sickWithoutCare),
  })
}

/**
 * The request for the form's household: only the income basis chosen, only the facts known,
 * only ticks on `codes` (the indicators of the standard applied; others would be refused).
 */
export function buildEvaluateRequest(values: ClassificationFormValues, codes: readonly string[]): EvaluateRequest {
  const members = (values.members ?? []).map(memberFacts)
  return {
    year: values.year,
    ...defined<Omit<EvaluateRequest, 'year'>>({
      standardCode: values.standardCode || undefined,
      areaType: values.areaType,
      monthlyIncomePerCapita:
        values.incomeBasis === 'MEASURED_INCOME' ? (values.monthlyIncomePerCapita ?? undefined) : undefined,
      scoreA: values.incomeBasis === 'SCORE_A' ? (values.scoreA ?? undefined) : undefined,
      deprivations: deprivations(values.ticks ?? {}, codes),
      household: householdFacts(values.household ?? {}),
      members: members.length > 0 ? members : undefined,
    }),
  }
}
