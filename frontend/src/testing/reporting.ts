import type { Dashboard } from '@/features/dashboard/api/get-dashboard'
import type { HouseholdList } from '@/features/reporting/api/get-household-list'
import type { MovementReport } from '@/features/reporting/api/get-movement'
import type { Obligation } from '@/features/reporting/api/list-obligations'
import type { TableReport } from '@/features/reporting/api/get-table-report'
import type { Submission } from '@/features/reporting/api/list-submissions'

const count = (households: number, persons: number) => ({ households, persons })

/** A commune's movement of poor households over 2025: two villages, balanced. */
export const MOVEMENT_2025: MovementReport = {
  areaCode: '19996',
  areaName: 'Phường Hương Trà',
  kind: 'POOR',
  year: 2025,
  fromYear: 2024,
  rows: [
    {
      key: 'v1',
      name: 'Tổ dân phố 1',
      figures: {
        start: count(3, 11),
        decreases: { TO_NEAR_POOR: count(1, 4), ESCAPED: count(1, 3), OTHER: count(0, 0) },
        decreasesTotal: count(2, 7),
        increases: { FROM_NEAR_POOR: count(0, 0), RE_POOR: count(1, 5), NEWLY_POOR: count(0, 0), OTHER: count(0, 0) },
        increasesTotal: count(1, 5),
        end: count(2, 9),
      },
    },
    {
      key: 'v2',
      name: 'Tổ dân phố Bình Điền',
      figures: {
        start: count(2, 7),
        decreases: { TO_NEAR_POOR: count(0, 0), ESCAPED: count(1, 5), OTHER: count(0, 0) },
        decreasesTotal: count(1, 5),
        increases: { FROM_NEAR_POOR: count(0, 0), RE_POOR: count(0, 0), NEWLY_POOR: count(1, 2), OTHER: count(0, 1) },
        increasesTotal: count(1, 3),
        end: count(2, 5),
      },
    },
  ],
  total: {
    start: count(5, 18),
    decreases: { TO_NEAR_POOR: count(1, 4), ESCAPED: count(2, 8), OTHER: count(0, 0) },
    decreasesTotal: count(3, 12),
    increases: { FROM_NEAR_POOR: count(0, 0), RE_POOR: count(1, 5), NEWLY_POOR: count(1, 2), OTHER: count(0, 1) },
    increasesTotal: count(2, 8),
    end: count(4, 14),
  },
}

/** The province's results summary of the 2025 review: two communes, then the total (labels as the server sends them). */
export const SUMMARY_2025: TableReport = {
  report: 'summary',
  title: 'BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025',
  areaCode: '46',
  areaName: 'Thành phố Huế',
  year: 2025,
  kind: null,
  columns: [
    { key: 'households', label: 'Tổng số hộ' },
    { key: 'persons', label: 'Tổng số khẩu' },
    { key: 'poor', label: 'Số hộ nghèo' },
    { key: 'poorRate', label: 'Tỷ lệ hộ nghèo (%)' },
    { key: 'nearPoor', label: 'Số hộ cận nghèo' },
    { key: 'nearPoorRate', label: 'Tỷ lệ hộ cận nghèo (%)' },
  ],
  rows: [
    {
      key: '20179',
      name: 'Xã Nam Đông',
      values: { households: 2469, persons: 9876, poor: 112, poorRate: 4.54, nearPoor: 230, nearPoorRate: 9.32 },
    },
    {
      key: '19996',
      name: 'Phường Hương Trà',
      values: { households: 165, persons: 612, poor: 2, poorRate: 1.21, nearPoor: 10, nearPoorRate: 6.06 },
    },
  ],
  total: {
    key: null,
    name: 'Tổng cộng',
    values: { households: 2634, persons: 10488, poor: 114, poorRate: 4.33, nearPoor: 240, nearPoorRate: 9.11 },
  },
}

/** The first page of the province's list of poor households in 2025; `after: 'cursor-2'` reads the second. */
export const HOUSEHOLD_LIST_PAGE_1: HouseholdList = {
  areaCode: '46',
  areaName: 'Thành phố Huế',
  year: 2025,
  kind: 'POOR',
  households: [
    {
      code: '19996-00007',
      headName: 'Nguyễn Thị Mai',
      villageName: 'Tổ dân phố 1',
      communeName: 'Phường Hương Trà',
      classification: 'POOR',
      deprivedIndicators: ['HEALTH_INSURANCE', 'EMPLOYMENT'],
      members: [
        { name: 'Nguyễn Thị Mai', birthYear: 1950, sex: 'FEMALE', relationToHead: 'HEAD', ethnicity: 'Kinh' },
        { name: 'Trần Văn An', birthYear: 2012, sex: 'MALE', relationToHead: 'GRANDCHILD', ethnicity: 'Kinh' },
      ],
    },
  ],
  nextCursor: 'cursor-2',
}

export const HOUSEHOLD_LIST_PAGE_2: HouseholdList = {
  ...HOUSEHOLD_LIST_PAGE_1,
  households: [
    {
      code: '20179-00012',
      headName: 'Hồ Văn Lên',
      villageName: 'Thôn 4',
      communeName: 'Xã Nam Đông',
      classification: 'POOR',
      deprivedIndicators: ['HOUSING_AREA'],
      members: [{ name: 'Hồ Văn Lên', birthYear: 1978, sex: 'MALE', relationToHead: 'HEAD', ethnicity: 'Cơ Tu' }],
    },
  ],
  nextCursor: null,
}

/** A commune's open annual support report. */
export const OPEN_SUBMISSION: Submission = {
  id: 'c13cf3a6-3d57-47cb-b916-72df65143a92',
  obligationCode: 'COMMUNE_SUPPORT_ANNUAL',
  obligationTitle: 'Báo cáo kết quả giúp đỡ hộ nghèo năm của xã',
  unitCode: '19996',
  unitName: 'Phường Hương Trà',
  provinceCode: '46',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  periodLabel: '2026',
  opensOn: '2026-10-31',
  dueOn: '2099-11-30',
  locksOn: '2099-12-10',
  state: 'OPEN',
  firstSubmittedOn: null,
  submittedBy: null,
  returnedReason: null,
  reopenedUntil: null,
  versions: 0,
  history: [],
  version: 0,
}

/** The same report once sent: its first version with the figures frozen then. */
export const SENT_SUBMISSION: Submission = {
  ...OPEN_SUBMISSION,
  state: 'SUBMITTED_ON_TIME',
  firstSubmittedOn: '2026-11-22',
  submittedBy: 'phuong.huongtra',
  versions: 1,
  version: 1,
  history: [
    {
      number: 1,
      submittedOn: '2026-11-22',
      submittedAt: '2026-11-22T02:30:00Z',
      submittedBy: 'phuong.huongtra',
      narrative: 'Hoàn thành kế hoạch giúp đỡ năm 2026.',
      attachmentName: null,
      figures: {
        content: 'SUPPORT_RESULTS',
        unit: '19996',
        period: '2026',
        households: { POOR: { households: 2, persons: 7 }, TOTAL: { households: 165, persons: 612 } },
        support: { plans: 4, itemsDelivered: 9, valueDeliveredVnd: 12_500_000 },
      },
    },
  ],
}

/** The dashboard of the seed ward (Phường Hương Trà): hand-entered 2016–2021, the registry after. */
export const HUONG_TRA_DASHBOARD: Dashboard = {
  areaCode: '19996',
  areaName: 'Phường Hương Trà',
  level: 'COMMUNE',
  latestYear: 2025,
  years: [
    { year: 2016, households: null, poor: 230, poorRate: 12.04, nearPoor: null, nearPoorRate: null, source: 'HISTORICAL' },
    { year: 2021, households: null, poor: 82, poorRate: 4.1, nearPoor: null, nearPoorRate: null, source: 'HISTORICAL' },
    { year: 2025, households: 165, poor: 2, poorRate: 1.21, nearPoor: 10, nearPoorRate: 6.06, source: 'REGISTRY' },
  ],
  targets: [
    {
      id: 'bd0f7c00-610e-4b0e-9849-c95d6dea235d',
      unitCode: '19996',
      year: 2025,
      indicator: 'NO_LABOUR_POOR_RATE',
      targetValue: 1.7,
      baselineYear: null,
      baselineValue: null,
      source: 'Mục 2.1',
      actual: 0,
      actualYear: 2025,
      trajectory: 1.7,
      light: 'GREEN',
      version: 0,
    },
  ],
  topDeprivations: [{ indicator: 'EMPLOYMENT', poorDeprived: 2, shareOfPoor: 100 }],
  map: [],
  deadlines: [
    {
      obligationCode: 'COMMUNE_BRIEFING',
      title: 'Báo cáo giao ban quý I và quý III',
      periodLabel: '2026-Q3',
      dueOn: '2026-09-30',
      expected: 1,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 1,
    },
  ],
}

/** The statutory monthly report of the regular review (seeded): February–September for January–August. */
export const REGULAR_REVIEW_OBLIGATION: Obligation = {
  code: 'COMMUNE_REGULAR_REVIEW',
  title: 'Báo cáo kết quả rà soát thường xuyên hằng tháng',
  titleEn: 'Monthly report on the regular review',
  legalBasis: 'Quyết định 24/2021/QĐ-TTg, Điều 7',
  periodType: 'MONTHLY',
  periods: [1, 2, 3, 4, 5, 6, 7, 8],
  dueRule: 'DAY_OF_NEXT_MONTH',
  dueDay: 5,
  dueMonth: null,
  opensDaysBeforeDue: 0,
  ownerLevel: 'COMMUNE',
  recipientLevel: 'PROVINCE',
  content: 'REGULAR_REVIEW',
  reminderOffsets: [-5, 1],
  lockDays: 10,
  statutory: true,
  provinceCode: null,
  active: true,
  version: 2,
}

/** The province's preliminary results of the periodic review, due on 15 November (seeded). */
export const PRELIMINARY_RESULTS_OBLIGATION: Obligation = {
  code: 'PROVINCE_PERIODIC_PRELIMINARY',
  title: 'Báo cáo sơ bộ kết quả rà soát định kỳ',
  titleEn: 'Preliminary results of the periodic review',
  legalBasis: 'Quyết định 24/2021/QĐ-TTg, Điều 7',
  periodType: 'YEARLY',
  periods: [1],
  dueRule: 'FIXED_DATE',
  dueDay: 15,
  dueMonth: 11,
  opensDaysBeforeDue: 15,
  ownerLevel: 'PROVINCE',
  recipientLevel: 'MINISTRY',
  content: 'PERIODIC_RESULTS',
  reminderOffsets: [-5, 1],
  lockDays: 10,
  statutory: true,
  provinceCode: null,
  active: true,
  version: 0,
}

/** A local briefing of the first and third quarters (like the seed district's), due 10 days after the quarter, deactivated. */
export const BRIEFING_OBLIGATION: Obligation = {
  code: 'COMMUNE_BRIEFING',
  title: 'Báo cáo giao ban quý I và quý III',
  titleEn: 'Briefing, first and third quarters',
  legalBasis: 'Kế hoạch 59/KH-UBND (ví dụ địa phương)',
  periodType: 'QUARTERLY',
  periods: [1, 3],
  dueRule: 'DAYS_AFTER_PERIOD',
  dueDay: 10,
  dueMonth: null,
  opensDaysBeforeDue: 10,
  ownerLevel: 'COMMUNE',
  recipientLevel: 'PROVINCE',
  content: 'BRIEFING',
  reminderOffsets: [-5],
  lockDays: 10,
  statutory: false,
  provinceCode: '46',
  active: false,
  version: 4,
}
