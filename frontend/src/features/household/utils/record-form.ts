import type { Dayjs } from 'dayjs'
import type { Schemas } from '@/lib/api-client'
import { defined, deprivations, householdFacts, type HouseholdValues, type Ticks } from '@/lib/fact-form'
import type { RecordRequest } from '../api/create-record'
import type { PovertyCause, SupportNeed } from '../api/list-records'
import type { EvaluateRequest } from '../api/preview-classification'

export type IncomeBasis = Schemas['IncomeBasis']
export type AreaType = Schemas['AreaType']
type MemberFacts = Schemas['MemberFacts']

export const INCOME_BASES = ['MEASURED_INCOME', 'SCORE_A'] as const satisfies readonly IncomeBasis[]

/** The yearly record form. */
export interface RecordFormValues {
  surveyYear?: number | null
  surveyDate?: Dayjs | null
  reviewer?: string
  incomeBasis: IncomeBasis
  monthlyIncomePerCapita?: number | null
  scoreA?: number | null
  household: HouseholdValues
  ticks: Ticks
  causes: PovertyCause[]
  needs: SupportNeed[]
  correctionReason?: string
}

export function initialRecordValues(year: number, surveyDate: Dayjs): RecordFormValues {
  return { surveyYear: year, surveyDate, incomeBasis: 'MEASURED_INCOME', household: {}, ticks: {}, causes: [], needs: [] }
}

function income(values: RecordFormValues) {
  return {
    monthlyIncomePerCapita:
      values.incomeBasis === 'MEASURED_INCOME' ? (values.monthlyIncomePerCapita ?? undefined) : undefined,
    scoreA: values.incomeBasis === 'SCORE_A' ? (values.scoreA ?? undefined) : undefined,
  }
}

/**
 * The request to store: only the income basis chosen, the facts known, ticks on `codes` (the
 * indicators of the standard governing the year), the correction reason only when the year
 * already has a record.
 */
export function buildRecordRequest(
  values: RecordFormValues,
  codes: readonly string[],
  correcting: boolean,
): RecordRequest {
  return {
    surveyYear: values.surveyYear ?? 0,
    surveyDate: values.surveyDate?.format('YYYY-MM-DD') ?? '',
    ...defined({
      reviewer: values.reviewer?.trim() || undefined,
      ...income(values),
      deprivations: deprivations(values.ticks ?? {}, codes),
      household: householdFacts(values.household ?? {}),
      causes: values.causes?.length ? values.causes : undefined,
      needs: values.needs?.length ? values.needs : undefined,
      correctionReason: correcting ? values.correctionReason?.trim() || undefined : undefined,
    }),
  }
}

/**
 * What the live preview asks the classifier: the record as typed, with the members' current facts
 * and the commune's area type, ages counted at the survey date. Undefined until it can be
 * classified (year, area type and an income or score A known).
 */
export function buildPreviewRequest(
  values: RecordFormValues,
  codes: readonly string[],
  members: readonly MemberFacts[],
  areaType: AreaType | null | undefined,
): EvaluateRequest | undefined {
  const year = values.surveyYear
  const { monthlyIncomePerCapita, scoreA } = income(values)
  if (!year || !areaType || (monthlyIncomePerCapita === undefined && scoreA === undefined)) return undefined
  const referenceDate = values.surveyDate?.year() === year ? values.surveyDate.format('YYYY-MM-DD') : undefined
  return {
    year,
    areaType,
    ...defined({
      referenceDate,
      monthlyIncomePerCapita,
      scoreA,
      deprivations: deprivations(values.ticks ?? {}, codes),
      household: householdFacts(values.household ?? {}),
      members: members.length > 0 ? [...members] : undefined,
    }),
  }
}
