import type { Schemas } from './api-client'

/**
 * Form values of the facts the classifier reads, shared by every form that types them (the
 * classification page, a household's yearly record, its members): yes/no answers that may stay
 * unknown, the information devices with "none of these", the officer's ticks per indicator, and
 * their conversion to the API's facts.
 */

type HouseholdFacts = Schemas['HouseholdFacts']
type StandardDefinition = Schemas['StandardDefinition']
type StandardSummary = Schemas['StandardSummary']

/** A yes/no fact; left empty it is unknown (the indicators it decides stay undetermined). */
export const YES_NO = ['YES', 'NO'] as const
export type YesNo = (typeof YES_NO)[number]

/** "None of these devices", distinct from an empty (unknown) choice. */
export const NO_DEVICE = 'NONE_OF_THESE'
export type DeviceChoice = Schemas['InformationDevice'] | typeof NO_DEVICE

/** An officer's tick on an indicator: leave it to the facts, or force it either way. */
export const TICK_STATES = ['DERIVE', 'DEPRIVED', 'NOT_DEPRIVED'] as const
export type TickState = (typeof TICK_STATES)[number]
export type Ticks = Partial<Record<string, TickState>>

/** The dwelling and the household's services and devices, as a form holds them. */
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

export function yesNo(value: YesNo | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'YES'
}

/** The form value of a stored yes/no fact (null: unknown). */
export function toYesNo(value: boolean | null | undefined): YesNo | undefined {
  return value === null || value === undefined ? undefined : value ? 'YES' : 'NO'
}

/** Drops the keys whose value is undefined or null, so unknown facts are left out of a request. */
export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined && item !== null)) as Partial<T>
}

function devices(choice: DeviceChoice[] | undefined): HouseholdFacts['informationDevices'] {
  if (!choice || choice.length === 0) return undefined
  if (choice.includes(NO_DEVICE)) return []
  return choice.filter((device): device is Schemas['InformationDevice'] => device !== NO_DEVICE)
}

/** The household facts of a form; undefined when none is known. */
export function householdFacts(values: HouseholdValues): HouseholdFacts | undefined {
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

/** The officer's ticks on the given indicators (those of the standard applied); "derive" sends nothing. */
export function deprivations(ticks: Ticks, codes: readonly string[]): Record<string, boolean> | undefined {
  const given = Object.fromEntries(
    codes.flatMap((code) => {
      const tick = ticks[code]
      return tick === 'DEPRIVED' ? [[code, true]] : tick === 'NOT_DEPRIVED' ? [[code, false]] : []
    }),
  )
  return Object.keys(given).length > 0 ? given : undefined
}

/** The codes of a standard's indicators, in form order. */
export function indicatorCodes(definition: StandardDefinition | undefined): string[] {
  return (definition?.dimensions ?? []).flatMap((dimension) =>
    (dimension.indicators ?? []).flatMap((indicator) => (indicator.code ? [indicator.code] : [])),
  )
}

/** The published standard governing a review year, as the server would pick it. */
export function governingStandard(standards: readonly StandardSummary[], year: number): StandardSummary | undefined {
  return standards.find(
    (standard) => standard.status === 'PUBLISHED' && standard.yearFrom <= year && year <= standard.yearTo,
  )
}
