import type { Schemas } from '@/lib/api-client'

/*
 * Imports of Xã Nam Đông as the backend serves them (GET /api/v1/imports/{id}, its issues and households), for
 * the tests of the imports page.
 */

export const IMPORT_ID = '0f9a4a5e-46a7-4a43-bb7e-0d7c3a7f2b10'
export const EARLIER_IMPORT_ID = '6b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8'

const BASE: Schemas['ImportJob'] = {
  id: IMPORT_ID,
  kind: 'HOUSEHOLDS',
  areaCode: '20179',
  areaName: 'Xã Nam Đông',
  mode: 'PER_HOUSEHOLD',
  phase: 'QUEUED',
  fileName: 'ho-nam-dong.csv',
  fileFormat: 'CSV',
  fileSize: 2048,
  fileSha256: 'a1b2c3',
  rowsTotal: null,
  rowsDone: 0,
  progress: null,
  rowsPerSecond: null,
  etaSeconds: null,
  phaseStartedAt: '2026-11-20T02:00:00Z',
  summary: null,
  issueCount: 0,
  failureCode: null,
  failureMessage: null,
  sameFileAs: null,
  createdAt: '2026-11-20T02:00:00Z',
  createdBy: 'xa.namdong',
  committedAt: null,
  committedBy: null,
  undoneBy: null,
  undoneAt: null,
}

export const QUEUED_JOB: Schemas['ImportJob'] = BASE

export const STAGING_JOB: Schemas['ImportJob'] = {
  ...BASE,
  phase: 'STAGING',
  rowsTotal: 1000,
  rowsDone: 425,
  progress: 0.425,
  rowsPerSecond: 212.5,
  etaSeconds: 3,
}

export const SUMMARY: Schemas['ImportSummary'] = {
  householdsTotal: 3,
  householdsNew: 2,
  householdsUpdated: 0,
  householdsUnchanged: 0,
  householdsRejected: 1,
  membersNew: 4,
  membersUpdated: 0,
  membersUnchanged: 0,
  membersRejected: 4,
}

export const VALIDATED_JOB: Schemas['ImportJob'] = {
  ...BASE,
  phase: 'VALIDATED',
  rowsTotal: 8,
  rowsDone: 8,
  progress: 1,
  summary: SUMMARY,
  issueCount: 3,
}

export const COMMITTED_JOB: Schemas['ImportJob'] = {
  ...VALIDATED_JOB,
  phase: 'COMMITTED',
  committedAt: '2026-11-20T02:05:00Z',
  committedBy: 'xa.namdong',
}

export const ISSUES: Schemas['ImportIssue'][] = [
  {
    row: 3,
    column: 'citizen_id',
    columnHeader: 'Số CCCD',
    code: 'import.citizen_id',
    messageVi: 'Số CCCD phải gồm 12 chữ số',
    messageEn: 'A citizen ID has 12 digits',
  },
  {
    row: 4,
    column: 'birth_date',
    columnHeader: 'Ngày sinh',
    code: 'import.date',
    messageVi: 'Ngày không hợp lệ "31/02/2010" (dạng dd/mm/yyyy)',
    messageEn: 'Not a date "31/02/2010" (dd/mm/yyyy)',
  },
  {
    row: 5,
    column: 'relation_to_head',
    columnHeader: 'Quan hệ với chủ hộ',
    code: 'import.choice',
    messageVi: '"Hàng xóm" không có trong danh sách của cột Quan hệ với chủ hộ',
    messageEn: '"Hàng xóm" is not one of the values of Quan hệ với chủ hộ',
  },
]

export const IMPORT_HOUSEHOLDS: Schemas['ImportHousehold'][] = [
  {
    key: 'N:1',
    firstRow: 2,
    rowCount: 4,
    action: 'REJECTED',
    householdId: null,
    householdCode: null,
    headName: 'Nguyễn Văn Một',
    membersNew: 0,
    membersUpdated: 0,
    membersUnchanged: 0,
    surveyYear: 2025,
    classification: null,
    committed: false,
  },
  {
    key: 'N:2',
    firstRow: 6,
    rowCount: 2,
    action: 'NEW',
    householdId: null,
    householdCode: null,
    headName: 'Trần Thị Hai',
    membersNew: 2,
    membersUpdated: 0,
    membersUnchanged: 0,
    surveyYear: 2025,
    classification: 'POOR',
    committed: false,
  },
]
