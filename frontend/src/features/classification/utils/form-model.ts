import type { Dayjs } from 'dayjs'
import type { Schemas } from '@/lib/api-client'
import type { EvaluateRequest, IncomeBasis } from '../api/classify-household'

export type AreaType = Schemas['AreaType']
export type StandardSummary = Schemas['StandardSummary']
export type StandardDefinition = Schemas['StandardDefinition']
type HouseholdFacts = Schemas['HouseholdFacts']
type MemberFacts = Schemas['MemberFacts']

export const AREA_TYPES = ['URBAN', 'RURAL'] as const satisfies readonly AreaType[]
export const INCOME_BASES = ['MEASURED_INCOME', 'SCORE_A'] as const satisfies readonly IncomeBasis[]

/** An officer's tick on an indicator: leave it to the facts, or force it either way. */
export const TICK_STATES = ['DERIVE', 'DEPRIVED', 'NOT_DEPRIVED'] as const
export type TickState = (typeof TICK_STATES)[number]

/** A yes/no fact; left empty it is unknown (the indicators it decides stay undetermined). */
export const YES_NO = ['YES', 'NO'] as const
export type YesNo = (typeof YES_NO)[number]

/** "None of these devices", distinct from an empty (unknown) choice. */
export const NO_DEVICE = 'NONE_OF_THESE'
export type DeviceChoice = Schemas['InformationDevice'] | typeof NO_DEVICE

/** The default ethnicity code: 01, Kinh. */
export const KINH = '01'

export interface HouseholdValues {
  wallsDurable?: YesNo
  pillarsDurable?: YesNo
  roofDurable?: YesNo
  floorAreaM2?: number | null
  waterSource?: Schemas['WaterSource']
  latrineType?: Schemas['LatrineType']
  wasteDisposal?: Schemas['WasteDisposal']
  internetUse?: YesNo
  phoneSubscription?: YesNo
  informationDevices?: DeviceChoice[]
  communityLoudspeaker?: YesNo
}

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

/** The published standard governing a review year, as the server would pick it. */
export function governingStandard(standards: readonly StandardSummary[], year: number): StandardSummary | undefined {
  return standards.find(
    (standard) => standard.status === 'PUBLISHED' && standard.yearFrom <= year && year <= standard.yearTo,
  )
}

/** The codes of a standard's indicators, in form order. */
export function indicatorCodes(definition: StandardDefinition | undefined): string[] {
  return (definition?.dimensions ?? []).flatMap((dimension) =>
    (dimension.indicators ?? []).flatMap((indicator) => (indicator.code ? [indicator.code] : [])),
  )
}

function yesNo(value: YesNo | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'YES'
}

/** Drops the keys whose value is undefined, so unknown facts are left out of the request. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined && item !== null)) as Partial<T>
}

function devices(choice: DeviceChoice[] | undefined): HouseholdFacts['informationDevices'] {
  if (!choice || choice.length === 0) return undefined
  if (choice.includes(NO_DEVICE)) return []
  return choice.filter((device): device is Schemas['InformationDevice'] => device !== NO_DEVICE)
}

function householdFacts(values: HouseholdValues): HouseholdFacts | undefined {
  const facts = defined<HouseholdFacts>({
    wallsDurable: yesNo(values.wallsDurable),
    pillarsDurable: yesNo(values.pillarsDurable),
    roofDurable: yesNo(values.roofDurable),
    floorAreaM2: values.floorAreaM2 ?? undefined,
    waterSource: values.waterSource,
    latrineType: values.latrineType,
    wasteDisposal: values.wasteDisposal,
    internetUse: yesNo(values.internetUse),
    phoneSubscription: yesNo(values.phoneSubscription),
    informationDevices: devices(values.informationDevices),
    communityLoudspeaker: yesNo(values.communityLoudspeaker),
  })
  return Object.keys(facts).length > 0 ? facts : undefined
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

/** The officer's ticks on the given indicators (those of the standard applied); "derive" sends nothing. */
export function deprivations(
  ticks: ClassificationFormValues['ticks'],
  codes: readonly string[],
): Record<string, boolean> | undefined {
  const given = Object.fromEntries(
    codes.flatMap((code) => {
      const tick = ticks[code]
      return tick === 'DEPRIVED' ? [[code, true]] : tick === 'NOT_DEPRIVED' ? [[code, false]] : []
    }),
  )
  return Object.keys(given).length > 0 ? given : undefined
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
