import type { Schemas } from '@/lib/api-client'
import { HOUSEHOLD_ID, THON_HA_AN } from './households'

/*
 * A regular review of Xã Nam Đông as the backend serves it (GET /api/v1/review-campaigns/{id}, its
 * households, gaps and complaints), for the tests of the review pages.
 */

export const CAMPAIGN_ID = '2d0b87ac-3be8-41af-9ff5-440a3930eca2'
export const ITEM_ID = '2d82cab4-e95b-4e4c-af4f-d6c5170124f2'

export const CAMPAIGN: Schemas['CampaignView'] = {
  id: CAMPAIGN_ID,
  communeCode: '20179',
  communeName: 'Xã Nam Đông',
  provinceCode: '46',
  kind: 'REGULAR',
  year: 2026,
  month: 3,
  status: 'OPEN',
  opensOn: '2026-03-15',
  closesOn: '2026-04-03',
  postingDays: 3,
  recheckDays: 3,
  deadlines: [
    { step: 'SURVEY', due: '2026-03-20', done: true, late: false },
    { step: 'MEETINGS', due: '2026-03-23', done: false, late: true },
    { step: 'POSTING', due: '2026-03-26', done: false, late: true },
    { step: 'OPINION', due: '2026-03-28', done: false, late: true },
    { step: 'DECISION', due: '2026-04-03', done: false, late: true },
  ],
  lateSteps: ['MEETINGS', 'POSTING', 'OPINION', 'DECISION'],
  states: { SURVEYED: 2 },
  villages: [
    { villageId: THON_HA_AN, villageName: 'Thôn Hà An', states: { SURVEYED: 2 }, lastMeetingPassed: null },
    { villageId: null, villageName: null, states: { EXCLUDED: 1 }, lastMeetingPassed: null },
  ],
  gaps: 2,
  postingEndsOn: null,
  opinionBy: null,
  opinionOn: null,
  opinionText: null,
  decisionNumber: null,
  decisionOn: null,
  decidedBy: null,
  version: 3,
}

/** The same review once posted and given the province's opinion: ready for the chairman. */
export const CAMPAIGN_AWAITING_DECISION: Schemas['CampaignView'] = {
  ...CAMPAIGN,
  status: 'AWAITING_DECISION',
  states: { POSTED: 2 },
  villages: [{ villageId: THON_HA_AN, villageName: 'Thôn Hà An', states: { POSTED: 2 }, lastMeetingPassed: true }],
  gaps: 0,
  postingEndsOn: '2026-03-25',
  opinionBy: 'tinh.hue',
  opinionOn: '2026-03-26',
  opinionText: 'Thống nhất kết quả rà soát.',
}

export const GAPS: Schemas['GapView'][] = [
  {
    itemId: ITEM_ID,
    householdId: HOUSEHOLD_ID,
    householdCode: '20179-00031',
    headName: 'Nguyễn Thị Hoà',
    villageId: THON_HA_AN,
    villageName: 'Thôn Hà An',
    state: 'SURVEYED',
    waitsFor: 'MEETINGS',
  },
  {
    itemId: '6c1f7f0e-3a0a-4a57-9c52-3d6c0c1b7e11',
    householdId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    householdCode: '20179-00032',
    headName: 'Trần Văn Đức',
    villageId: THON_HA_AN,
    villageName: 'Thôn Hà An',
    state: 'LISTED',
    waitsFor: 'SURVEY',
  },
]

export const DECIDED_ITEM: Schemas['ReviewItemView'] = {
  id: ITEM_ID,
  householdId: HOUSEHOLD_ID,
  householdCode: '20179-00031',
  headName: 'Nguyễn Thị Hoà',
  villageId: THON_HA_AN,
  villageName: 'Thôn Hà An',
  origin: 'REQUEST_REVIEW',
  requestForm: 'MAU_01',
  requestedOn: '2026-03-16',
  decideBy: '2026-04-06',
  screeningPassed: true,
  screeningNote: null,
  state: 'DECIDED',
  previousClass: null,
  recordId: 'da39fc05-56a5-41b7-8885-417e1fff8cd3',
  proposedClass: 'POOR',
  deprivedIndicators: ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'SANITATION'],
  finalClass: 'POOR',
  transition: 'NEWLY_POOR',
  excludedReason: null,
  note: null,
}
