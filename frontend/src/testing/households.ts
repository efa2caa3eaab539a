import type { Schemas } from '@/lib/api-client'

/*
 * A household of Xã Nam Đông as the backend serves it (GET /api/v1/households/{id}, its records and
 * audit trail), for the tests of the household pages.
 */

export const HOUSEHOLD_ID = '8a3c4534-1169-4d3b-af47-633fa4295d2e'
export const HEAD_ID = '1d824717-d1fa-4d56-9a24-8d16ae361b42'
export const SPOUSE_ID = 'c9b8c31b-78ae-4635-9c80-4ffb0218b720'
export const CHILD_ID = '5e0d1b9a-2f7c-4c1e-9a41-3b5b0c7d8e90'
export const THON_HA_AN = '7393361b-bc62-4c74-8d77-c594b695b6a7'

const NO_FACTS = {
  labourCapacity: null,
  employment: null,
  monthlySocialAllowance: null,
  disabled: null,
  nutrition: null,
  healthInsurance: null,
  attendingSchool: null,
  highestEducation: null,
  meritorious: null,
  sickWithoutCare: null,
  leftReason: null,
  leftOn: null,
} as const

export const HEAD: Schemas['MemberView'] = {
  ...NO_FACTS,
  id: HEAD_ID,
  fullName: 'Trần Văn Thử',
  sex: 'MALE',
  birthDate: '1980-02-03',
  ethnicity: '01',
  citizenIdMasked: '********2345',
  relationToHead: 'HEAD',
  healthInsurance: false,
  employment: 'SELF_EMPLOYED',
  status: 'ACTIVE',
  version: 2,
}

export const SPOUSE: Schemas['MemberView'] = {
  ...NO_FACTS,
  id: SPOUSE_ID,
  fullName: 'Lê Thị Thử',
  sex: 'FEMALE',
  birthDate: null,
  ethnicity: '10',
  citizenIdMasked: null,
  relationToHead: 'SPOUSE',
  status: 'ACTIVE',
  version: 4,
}

export const CHILD_WHO_LEFT: Schemas['MemberView'] = {
  ...NO_FACTS,
  id: CHILD_ID,
  fullName: 'Trần Thị Đi',
  sex: 'FEMALE',
  birthDate: '2001-06-01',
  ethnicity: '01',
  citizenIdMasked: null,
  relationToHead: 'CHILD',
  status: 'LEFT',
  leftReason: 'MOVED_OUT',
  leftOn: '2024-09-01',
  version: 1,
}

export const HOUSEHOLD: Schemas['HouseholdView'] = {
  id: HOUSEHOLD_ID,
  code: '20179-00001',
  communeCode: '20179',
  provinceCode: '46',
  villageId: THON_HA_AN,
  villageName: 'Thôn Hà An',
  address: '12 Hà An',
  phone: '0905 123 456',
  headMemberId: HEAD_ID,
  status: 'ACTIVE',
  closeReason: null,
  closedOn: null,
  successorId: null,
  members: [HEAD, SPOUSE, CHILD_WHO_LEFT],
  latestRecord: {
    id: 'b8be3bd8-8254-4e33-9798-25704df54052',
    surveyYear: 2025,
    surveyDate: '2025-10-01',
    standardCode: 'ND07_2021',
    classification: 'POOR',
    deprivedIndicators: ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION'],
    scoreB: 30,
    current: true,
    locked: false,
  },
  officialYear: 2025,
  officialClass: 'POOR',
  noLabourCapacity: null,
  meritoriousMember: false,
  ethnicMinority: false,
  version: 7,
  createdAt: '2025-09-20T02:10:00Z',
  createdBy: 'xa.namdong',
  updatedAt: '2025-10-01T03:00:00Z',
  updatedBy: 'xa.namdong',
}

const EXPLANATION: Schemas['ClassificationView'] = {
  standardCode: 'ND07_2021',
  standardName: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025 (áp dụng đến hết năm 2026)',
  standardNameEn: 'Multidimensional poverty standard 2022–2025 (applied until the end of 2026)',
  year: 2025,
  referenceDate: '2025-10-01',
  classification: 'POOR',
  deprivedIndicators: ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION'],
  deprivationCount: 3,
  scoreB: 30,
  incomeBasis: 'MEASURED_INCOME',
  explanations: [
    {
      indicator: 'HEALTH_INSURANCE',
      source: 'DERIVED',
      memberIndex: 0,
      memberName: 'Trần Văn Thử',
      text: 'Trần Văn Thử, 45 tuổi, không có thẻ BHYT',
      textEn: 'Trần Văn Thử, aged 45, has no health insurance card',
    },
  ],
  subgroups: { noLabourCapacity: null, meritoriousMember: false, ethnicMinority: false },
  indicators: [
    {
      code: 'HEALTH_INSURANCE',
      name: 'Bảo hiểm y tế',
      nameEn: 'Health insurance',
      dimension: 'HEALTH',
      dimensionName: 'Y tế',
      dimensionNameEn: 'Health',
      deprived: true,
      source: 'DERIVED',
    },
    {
      code: 'HOUSING_QUALITY',
      name: 'Chất lượng nhà ở',
      nameEn: 'Housing quality',
      dimension: 'HOUSING',
      dimensionName: 'Nhà ở',
      dimensionNameEn: 'Housing',
      deprived: true,
      source: 'DERIVED',
    },
    {
      code: 'SANITATION',
      name: 'Nhà tiêu hợp vệ sinh',
      nameEn: 'Hygienic latrine',
      dimension: 'WATER_SANITATION',
      dimensionName: 'Nước sinh hoạt và vệ sinh',
      dimensionNameEn: 'Water and sanitation',
      deprived: true,
      source: 'DERIVED',
    },
  ],
  undeterminedIndicators: [],
  ignoredDeprivations: [],
}

export const RECORD_2025: Schemas['RecordView'] = {
  id: 'b8be3bd8-8254-4e33-9798-25704df54052',
  householdId: HOUSEHOLD_ID,
  surveyYear: 2025,
  surveyDate: '2025-10-01',
  reviewer: 'Hồ Văn R',
  areaType: 'RURAL',
  monthlyIncomePerCapita: 1_200_000,
  scoreA: null,
  deprivations: {},
  household: { wallsDurable: false, roofDurable: false, latrineType: 'SIMPLE_PIT' },
  members: [],
  causes: ['LACK_OF_LAND'],
  needs: ['CREDIT'],
  standardCode: 'ND07_2021',
  classification: 'POOR',
  deprivedIndicators: ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION'],
  scoreB: 30,
  incomeBasis: 'MEASURED_INCOME',
  explanation: EXPLANATION,
  current: true,
  supersedesId: '0f1e2d3c-4b5a-4968-8776-655443322110',
  correctionReason: 'Nhập sai thu nhập',
  locked: false,
  createdAt: '2025-10-02T01:30:00Z',
  createdBy: 'xa.namdong',
}

export const RECORD_2025_REPLACED: Schemas['RecordView'] = {
  ...RECORD_2025,
  id: '0f1e2d3c-4b5a-4968-8776-655443322110',
  monthlyIncomePerCapita: 2_400_000,
  classification: 'NOT_POOR',
  deprivedIndicators: [],
  scoreB: 0,
  explanation: { ...EXPLANATION, classification: 'NOT_POOR', deprivedIndicators: [], deprivationCount: 0, scoreB: 0 },
  current: false,
  supersedesId: null,
  correctionReason: null,
  createdAt: '2025-10-01T08:00:00Z',
}

export const RECORD_2024: Schemas['RecordView'] = {
  ...RECORD_2025_REPLACED,
  id: 'a1a2a3a4-b5b6-4c7c-8d8d-e9e9f0f0a1a1',
  surveyYear: 2024,
  surveyDate: '2024-10-05',
  classification: 'NEAR_POOR',
  current: true,
  locked: true,
}

export const AUDIT_TRAIL: Schemas['AuditEntryView'][] = [
  {
    id: 9,
    at: '2025-10-02T01:30:00Z',
    actor: 'xa.namdong',
    action: 'record.corrected',
    entityType: 'record',
    entityId: RECORD_2025.id,
    changes: [
      { field: 'surveyYear', before: null, after: '2025' },
      { field: 'classification', before: 'NOT_POOR', after: 'POOR' },
      { field: 'deprivedIndicators', before: '', after: 'HEALTH_INSURANCE,SANITATION' },
    ],
  },
  {
    id: 8,
    at: '2025-09-30T07:05:00Z',
    actor: 'chutich.namdong',
    action: 'household.updated',
    entityType: 'household',
    entityId: HOUSEHOLD_ID,
    changes: [
      { field: 'villageId', before: null, after: THON_HA_AN },
      { field: 'phone', before: '0905 000 000', after: '0905 123 456' },
    ],
  },
  {
    id: 7,
    at: '2025-09-29T02:00:00Z',
    actor: 'xa.namdong',
    action: 'member.left',
    entityType: 'member',
    entityId: CHILD_ID,
    changes: [
      { field: 'status', before: 'ACTIVE', after: 'LEFT' },
      { field: 'leftReason', before: null, after: 'MOVED_OUT' },
    ],
  },
  {
    id: 6,
    at: '2025-09-28T02:00:00Z',
    actor: 'mttq.namdong',
    action: 'member.citizen_id_read',
    entityType: 'member',
    entityId: HEAD_ID,
    changes: [{ field: 'citizenId', before: null, after: 'read in full' }],
  },
]
