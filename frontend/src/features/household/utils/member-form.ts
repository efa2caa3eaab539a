import dayjs, { type Dayjs } from 'dayjs'
import type { Schemas } from '@/lib/api-client'
import { KINH } from '@/lib/ethnicities'
import { defined, toYesNo, yesNo, type YesNo } from '@/lib/fact-form'
import type { MemberRequest } from '../api/create-household'
import type { Member } from '../api/get-household'

type MemberFacts = Schemas['MemberFacts']

/** Limits the API checks, matched by the forms. */
export const FULL_NAME_MAX_LENGTH = 150
export const ADDRESS_MAX_LENGTH = 300
export const REVIEWER_MAX_LENGTH = 150
export const CORRECTION_REASON_MAX_LENGTH = 500
export const CITIZEN_ID_PATTERN = /^[0-9]{12}$/
export const PHONE_PATTERN = /^[0-9+ .-]{6,20}$/
/** Members a new household may be registered with, as the server allows. */
export const MAX_NEW_MEMBERS = 30

/** A member as a form holds it: dates as dayjs, yes/no facts that may stay unknown. */
export interface MemberFormValues {
  fullName?: string
  birthDate?: Dayjs | null
  sex?: Schemas['Sex']
  ethnicity?: string
  citizenId?: string
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

export type MemberField = keyof MemberFormValues

/** The fields in form order. */
export const MEMBER_FIELDS: readonly MemberField[] = [
  'fullName',
  'birthDate',
  'sex',
  'ethnicity',
  'citizenId',
  'relationToHead',
  'labourCapacity',
  'employment',
  'monthlySocialAllowance',
  'disabled',
  'nutrition',
  'healthInsurance',
  'attendingSchool',
  'highestEducation',
  'meritorious',
  'sickWithoutCare',
]

export function newMemberValues(relationToHead?: Schemas['RelationToHead']): MemberFormValues {
  return { ethnicity: KINH, relationToHead }
}

/** The request for a member: the name trimmed, unknown facts left out. */
export function toMemberRequest(values: MemberFormValues): MemberRequest {
  return {
    fullName: (values.fullName ?? '').trim(),
    relationToHead: values.relationToHead ?? 'OTHER',
    ...defined({
      sex: values.sex,
      birthDate: values.birthDate?.format('YYYY-MM-DD'),
      ethnicity: values.ethnicity || undefined,
      citizenId: values.citizenId?.trim() || undefined,
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
    }),
  }
}

/** Facts an update sends as null when the form leaves them unknown (the API keeps a fact it is not sent). */
const CLEARABLE_FACTS = MEMBER_FIELDS.filter((field) => !['fullName', 'relationToHead', 'citizenId'].includes(field))

/**
 * The request of an update: every fact of the form, an unknown one as null so that clearing it in the form clears it
 * (the citizen ID is left out when empty, which keeps the stored one: the form only shows it when read in full).
 */
export function toMemberUpdate(values: MemberFormValues): MemberRequest {
  const cleared = Object.fromEntries(CLEARABLE_FACTS.map((field) => [field, null]))
  return { ...cleared, ...toMemberRequest(values) }
}

/** A stored member as form values; the citizen ID only when read in full (it is masked otherwise). */
export function memberFormValues(member: Member, citizenId?: string | null): MemberFormValues {
  return {
    fullName: member.fullName,
    birthDate: member.birthDate ? dayjs(member.birthDate) : undefined,
    sex: member.sex ?? undefined,
    ethnicity: member.ethnicity ?? undefined,
    citizenId: citizenId ?? undefined,
    relationToHead: member.relationToHead,
    labourCapacity: member.labourCapacity ?? undefined,
    employment: member.employment ?? undefined,
    monthlySocialAllowance: toYesNo(member.monthlySocialAllowance),
    disabled: toYesNo(member.disabled),
    nutrition: member.nutrition ?? undefined,
    healthInsurance: toYesNo(member.healthInsurance),
    attendingSchool: toYesNo(member.attendingSchool),
    highestEducation: member.highestEducation ?? undefined,
    meritorious: toYesNo(member.meritorious),
    sickWithoutCare: toYesNo(member.sickWithoutCare),
  }
}

/** What the classifier reads of a stored member (the fields map one to one). */
export function memberFacts(member: Member): MemberFacts {
  return defined<MemberFacts>({
    name: member.fullName,
    birthDate: member.birthDate ?? undefined,
    sex: member.sex ?? undefined,
    ethnicity: member.ethnicity ?? undefined,
    relationToHead: member.relationToHead,
    labourCapacity: member.labourCapacity ?? undefined,
    employment: member.employment ?? undefined,
    monthlySocialAllowance: member.monthlySocialAllowance ?? undefined,
    disabled: member.disabled ?? undefined,
    nutrition: member.nutrition ?? undefined,
    healthInsurance: member.healthInsurance ?? undefined,
    attendingSchool: member.attendingSchool ?? undefined,
    highestEducation: member.highestEducation ?? undefined,
    meritorious: member.meritorious ?? undefined,
    sickWithoutCare: member.sickWithoutCare ?? undefined,
  })
}

/** The number of members marked head: a household has exactly one. */
export function headCount(members: readonly (MemberFormValues | undefined)[]): number {
  return members.filter((member) => member?.relationToHead === 'HEAD').length
}
