import { describe, expect, it } from 'vitest'
import {
  canEditVillages,
  canDecideReviews,
  canGiveReviewOpinion,
  canManageStandards,
  canReadHouseholds,
  canReadReviewAudit,
  canReadReviews,
  canRunReviews,
  canSetReviewDeadlines,
  canSurveyReviews,
  canWriteHouseholds,
  canWriteRecords,
} from './authorization'

const NAM_DONG = { code: '20179', provinceCode: '46' }

function user(roles: string[], areaCodes: string[] = []) {
  return {
    roles,
    areas: areaCodes.map((code) => ({
      code,
      name: code,
      fullName: code,
      level: code.length <= 2 ? ('PROVINCE' as const) : ('COMMUNE' as const),
      provinceCode: code.length <= 2 ? null : '46',
    })),
  }
}

describe('canEditVillages', () => {
  it('lets an admin edit anywhere', () => {
    expect(canEditVillages(user(['admin']), NAM_DONG)).toBe(true)
  })

  it('lets a province officer edit the communes of their province only', () => {
    expect(canEditVillages(user(['province_officer'], ['46']), NAM_DONG)).toBe(true)
    expect(canEditVillages(user(['province_officer'], ['01']), NAM_DONG)).toBe(false)
  })

  it('lets a commune officer or chair edit their own commune only', () => {
    expect(canEditVillages(user(['commune_officer'], ['20179']), NAM_DONG)).toBe(true)
    expect(canEditVillages(user(['commune_chair'], ['20179']), NAM_DONG)).toBe(true)
    expect(canEditVillages(user(['commune_officer'], ['19996']), NAM_DONG)).toBe(false)
  })

  it('does not let a commune officer of the province edit through the province code', () => {
    expect(canEditVillages(user(['commune_officer'], ['46']), NAM_DONG)).toBe(false)
  })

  it('refuses read-only roles even inside their area', () => {
    for (const role of ['reviewer', 'support_agency', 'auditor', 'integration']) {
      expect(canEditVillages(user([role], ['46', '20179']), NAM_DONG)).toBe(false)
    }
  })

  it('refuses while the current user is unknown', () => {
    expect(canEditVillages(undefined, NAM_DONG)).toBe(false)
  })
})

describe('canManageStandards', () => {
  it('lets administrators only manage poverty standards', () => {
    expect(canManageStandards(user(['admin']))).toBe(true)
    for (const role of ['province_officer', 'commune_officer', 'commune_chair', 'reviewer', 'auditor']) {
      expect(canManageStandards(user([role], ['46']))).toBe(false)
    }
    expect(canManageStandards(undefined)).toBe(false)
  })
})

describe('canReadHouseholds', () => {
  it('lets every role but helping agencies read the registry', () => {
    for (const role of ['admin', 'province_officer', 'commune_officer', 'commune_chair', 'reviewer', 'auditor', 'integration']) {
      expect(canReadHouseholds(user([role], ['20179'])), role).toBe(true)
    }
    expect(canReadHouseholds(user(['support_agency'], ['20179']))).toBe(false)
    expect(canReadHouseholds(undefined)).toBe(false)
  })
})

describe('canWriteHouseholds', () => {
  const HOUSEHOLD = { communeCode: '20179', provinceCode: '46' }

  it('lets admins, officers, chairs and the integration account write within their jurisdiction', () => {
    expect(canWriteHouseholds(user(['admin']), HOUSEHOLD)).toBe(true)
    expect(canWriteHouseholds(user(['province_officer'], ['46']), HOUSEHOLD)).toBe(true)
    expect(canWriteHouseholds(user(['commune_officer'], ['20179']), HOUSEHOLD)).toBe(true)
    expect(canWriteHouseholds(user(['commune_chair'], ['20179']), HOUSEHOLD)).toBe(true)
    expect(canWriteHouseholds(user(['integration'], ['46']), HOUSEHOLD)).toBe(true)
  })

  it('refuses writers outside their jurisdiction', () => {
    expect(canWriteHouseholds(user(['commune_officer'], ['19996']), HOUSEHOLD)).toBe(false)
    expect(canWriteHouseholds(user(['province_officer'], ['01']), HOUSEHOLD)).toBe(false)
  })

  it('decides by role alone when no household is given (registering a new one)', () => {
    expect(canWriteHouseholds(user(['commune_officer'], ['20179']))).toBe(true)
    expect(canWriteHouseholds(user(['reviewer'], ['20179']))).toBe(false)
  })

  it('refuses auditors, reviewers and helping agencies', () => {
    for (const role of ['auditor', 'reviewer', 'support_agency']) {
      expect(canWriteHouseholds(user([role], ['46', '20179']), HOUSEHOLD), role).toBe(false)
    }
    expect(canWriteHouseholds(undefined, HOUSEHOLD)).toBe(false)
  })
})

describe('canWriteRecords', () => {
  const HOUSEHOLD = { communeCode: '20179', provinceCode: '46' }

  it('lets reviewers add yearly records in their area, besides the writers', () => {
    expect(canWriteRecords(user(['reviewer'], ['20179']), HOUSEHOLD)).toBe(true)
    expect(canWriteRecords(user(['reviewer'], ['19996']), HOUSEHOLD)).toBe(false)
    expect(canWriteRecords(user(['commune_officer'], ['20179']), HOUSEHOLD)).toBe(true)
  })

  it('refuses auditors', () => {
    expect(canWriteRecords(user(['auditor'], ['20179']), HOUSEHOLD)).toBe(false)
    expect(canWriteRecords(undefined, HOUSEHOLD)).toBe(false)
  })
})

describe('review steps', () => {
  const ROLES = ['admin', 'province_officer', 'commune_officer', 'commune_chair', 'reviewer', 'auditor', 'integration', 'support_agency']
  const allowed = (check: (u: ReturnType<typeof user>) => boolean) =>
    ROLES.filter((role) => check(user([role], ['20179'])))

  it('lets every role but helping agencies read the campaigns', () => {
    expect(allowed(canReadReviews)).toEqual(ROLES.filter((role) => role !== 'support_agency'))
    expect(canReadReviews(undefined)).toBe(false)
  })

  it('gives each step to the role the procedure names', () => {
    expect(allowed(canRunReviews)).toEqual(['admin', 'province_officer', 'commune_officer'])
    expect(allowed(canSurveyReviews)).toEqual(['admin', 'reviewer'])
    expect(allowed(canGiveReviewOpinion)).toEqual(['admin', 'province_officer'])
    expect(allowed(canSetReviewDeadlines)).toEqual(['admin', 'province_officer'])
    // The decision is the chairman's alone, not even an administrator's.
    expect(allowed(canDecideReviews)).toEqual(['commune_chair'])
    expect(allowed(canReadReviewAudit)).toEqual(['admin', 'province_officer', 'commune_officer', 'commune_chair', 'auditor'])
  })
})
