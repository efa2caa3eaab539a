import type { Schemas } from '@/lib/api-client'

/*
 * Support work of Xã Nam Đông as the backend serves it (GET /api/v1/support/...): the extension
 * station's group, a plan of one of its households, the catalogue with the province discouraging
 * livestock, a group's report; for the tests of the support pages.
 */

export const GROUP_ID = '8ca89795-c3ec-46d3-be28-ff6b68effadc'
export const EXTENSION_ID = '1a9fa34b-fa62-42d2-9c48-2661c5f12cee'
export const POLICE_ID = '63fca400-b6fc-49d9-b283-ac757739a503'
export const PLAN_ID = '1de7954f-a293-4cf3-b15d-f54035be6bae'
export const HOUSEHOLD_ID = '80717ffd-a2de-45a3-8cc9-f366ce56e8d6'
export const LIVESTOCK_NOTE = 'Huyện không khuyến khích hỗ trợ con giống'

const EXTENSION = { id: EXTENSION_ID, name: 'Trạm Khuyến nông lâm ngư huyện Nam Đông' }
const POLICE = { id: POLICE_ID, name: 'Công an huyện Nam Đông' }
const GROUP_REF = { id: GROUP_ID, name: 'Nhóm Trạm Khuyến nông lâm ngư' }

export const GROUP: Schemas['HelpGroupView'] = {
  ...GROUP_REF,
  provinceCode: '46',
  lead: EXTENSION,
  members: [POLICE, EXTENSION],
  communes: [{ code: '20179', name: 'Xã Nam Đông' }],
  households: 4,
  leadChanges: [
    {
      from: POLICE,
      to: EXTENSION,
      changedOn: '2018-08-15',
      reason: 'UBND huyện thống nhất chuyển Trạm Khuyến nông lâm ngư huyện làm trưởng Nhóm',
      changedBy: 'demo',
    },
  ],
  version: 0,
}

const KIND = { indicators: [], addressesIncome: false, discouraged: false, policyNote: null }

export const KINDS: Schemas['SupportKindView'][] = [
  { ...KIND, code: 'SEEDLINGS', name: 'Cây giống', nameEn: 'Seedlings', addressesIncome: true, unit: 'cây' },
  {
    ...KIND,
    code: 'LIVESTOCK',
    name: 'Con giống',
    nameEn: 'Livestock',
    addressesIncome: true,
    unit: 'con',
    discouraged: true,
    policyNote: LIVESTOCK_NOTE,
  },
  { ...KIND, code: 'LATRINE', name: 'Hố xí hợp vệ sinh', nameEn: 'Hygienic latrine', indicators: ['SANITATION'], unit: 'công trình' },
  { ...KIND, code: 'GREEN_FENCE', name: 'Hàng rào xanh', nameEn: 'Green fence', unit: 'mét' },
]

const ITEM = {
  agency: EXTENSION,
  description: null,
  quantity: 1,
  valueVnd: 1_500_000,
  fundingSource: 'AGENCY_CONTRIBUTIONS',
  plannedOn: '2026-11-01',
  deliveredOn: null,
  status: 'PLANNED',
  warnings: [],
} as const satisfies Partial<Schemas['SupportItemView']>

export const SEEDLINGS_ITEM: Schemas['SupportItemView'] = {
  ...ITEM,
  id: 'f1d8f7a2-7c55-4d0f-9f43-0c4f5d1f0a01',
  kindCode: 'SEEDLINGS',
  kindName: 'Cây giống',
  description: 'Cây keo giống',
  quantity: 200,
  unit: 'cây',
  status: 'DELIVERED',
  deliveredOn: '2026-11-05',
}

export const LIVESTOCK_ITEM: Schemas['SupportItemView'] = {
  ...ITEM,
  id: 'f1d8f7a2-7c55-4d0f-9f43-0c4f5d1f0a02',
  kindCode: 'LIVESTOCK',
  kindName: 'Con giống',
  description: 'Heo giống',
  quantity: 2,
  unit: 'con',
  valueVnd: 3_000_000,
  warnings: ['support.kind_discouraged'],
}

export const FENCE_ITEM: Schemas['SupportItemView'] = {
  ...ITEM,
  id: 'f1d8f7a2-7c55-4d0f-9f43-0c4f5d1f0a03',
  kindCode: 'GREEN_FENCE',
  kindName: 'Hàng rào xanh',
  quantity: 50,
  unit: 'mét',
  valueVnd: 500_000,
  warnings: ['support.item_addresses_no_need'],
}

/** A plan with a delivered item, a discouraged one and one that meets no need; no commitment yet. */
export const PLAN: Schemas['PlanView'] = {
  id: PLAN_ID,
  householdId: HOUSEHOLD_ID,
  householdCode: '20179-00001',
  headName: 'Lê Văn Hưng',
  communeCode: '20179',
  group: GROUP_REF,
  year: 2026,
  escapeYear: 2027,
  supportType: 'OTHER',
  items: [SEEDLINGS_ITEM, LIVESTOCK_ITEM, FENCE_ITEM],
  commitment: null,
  visits: [],
  lastVisitOn: null,
  visitOverdue: true,
  plannedValueVnd: 5_000_000,
  deliveredValueVnd: 1_500_000,
  version: 3,
}

export const COMMITMENT: Schemas['CommitmentView'] = {
  signedOn: '2026-11-02',
  signatories: 'Đặng Văn Nông (Trạm Khuyến nông); Lê Văn Hưng (chủ hộ)',
  fileName: 'ban-cam-ket.pdf',
  hasFile: true,
  recordedBy: 'khuyennong.namdong',
  recordedAt: '2026-11-02T03:00:00Z',
}

export const TARGET: Schemas['TargetPage']['items'][number] = {
  householdId: HOUSEHOLD_ID,
  householdCode: '20179-00001',
  headName: 'Lê Văn Hưng',
  communeCode: '20179',
  villageName: 'Thôn Hà An',
  latestClass: 'POOR',
  latestYear: 2025,
  deprivedIndicators: ['HEALTH_INSURANCE', 'SANITATION'],
  causes: ['LACK_OF_LAND'],
  needs: ['CREDIT'],
  supportType: 'OTHER',
  priority: false,
  groupId: GROUP_ID,
  groupName: GROUP_REF.name,
}

export const PRIORITY_TARGET: Schemas['TargetPage']['items'][number] = {
  ...TARGET,
  householdId: 'a33ad3f3-7a5d-40a0-9d75-7768056751af',
  householdCode: '20179-00011',
  headName: 'Quỳnh Minh Cường',
  deprivedIndicators: ['EMPLOYMENT'],
  causes: ['LACK_OF_CAPITAL'],
  supportType: 'LAND_AND_LABOUR',
  priority: true,
}

export const PLAN_SUMMARY: Schemas['PlanSummary'] = {
  id: PLAN_ID,
  householdId: HOUSEHOLD_ID,
  householdCode: '20179-00001',
  headName: 'Lê Văn Hưng',
  group: GROUP_REF,
  year: 2026,
  escapeYear: 2027,
  supportType: 'OTHER',
  items: 3,
  delivered: 1,
  committed: false,
  lastVisitOn: null,
  visitOverdue: true,
}

export const OVERDUE: Schemas['OverdueVisitView'][] = [
  { planId: PLAN_ID, householdId: HOUSEHOLD_ID, householdCode: '20179-00001', headName: 'Lê Văn Hưng', group: GROUP_REF, lastVisitOn: null },
  {
    planId: '2b60bc06-2bee-4fe1-95ed-f5098aa18638',
    householdId: PRIORITY_TARGET.householdId,
    householdCode: '20179-00011',
    headName: 'Quỳnh Minh Cường',
    group: GROUP_REF,
    lastVisitOn: '2026-10-14',
  },
]

export const REPORT: Schemas['SupportReport'] = {
  id: GROUP_ID,
  name: GROUP_REF.name,
  year: 2026,
  householdsAssigned: 4,
  plans: 4,
  itemsPlanned: 8,
  itemsDelivered: 3,
  valuePlannedVnd: 32_000_000,
  valueDeliveredVnd: 4_500_000,
  visitMonthsDone: 7,
  visitMonthsDue: 8,
  visitsOnTime: 0.875,
  findingsReceived: { delivered: 2, notDelivered: 1, notUsed: 1 },
  findingsMade: 5,
  plannedEscapes: 2,
  householdsEscaped: 1,
}
