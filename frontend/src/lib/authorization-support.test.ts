import { describe, expect, it } from 'vitest'
import {
  canAssignSupportHouseholds,
  canManageSupportGroups,
  canOrganiseCrossChecks,
  canReadSupport,
  canReadSupportEffect,
  canRecordFindings,
  canWriteSupportPlans,
  isSupportAgencyUser,
} from './authorization'

const as = (...roles: string[]) => ({ roles })

describe('support permissions', () => {
  it('lets helping agencies and officers read support work, not reviewers', () => {
    expect(canReadSupport(as('support_agency'))).toBe(true)
    expect(canReadSupport(as('commune_officer'))).toBe(true)
    expect(canReadSupport(as('auditor'))).toBe(true)
    expect(canReadSupport(as('reviewer'))).toBe(false)
    expect(canReadSupport(undefined)).toBe(false)
  })

  it('knows a helping agency user by their only role', () => {
    expect(isSupportAgencyUser(as('support_agency'))).toBe(true)
    expect(isSupportAgencyUser(as('support_agency', 'commune_officer'))).toBe(false)
    expect(isSupportAgencyUser(as('province_officer'))).toBe(false)
  })

  it('lets agencies and officers change plans; chairs and auditors only read', () => {
    expect(canWriteSupportPlans(as('support_agency'))).toBe(true)
    expect(canWriteSupportPlans(as('commune_officer'))).toBe(true)
    expect(canWriteSupportPlans(as('commune_chair'))).toBe(false)
    expect(canWriteSupportPlans(as('auditor'))).toBe(false)
  })

  it('keeps groups and agencies to province officers, assignment and pairing to officers', () => {
    expect(canManageSupportGroups(as('province_officer'))).toBe(true)
    expect(canManageSupportGroups(as('commune_officer'))).toBe(false)
    expect(canAssignSupportHouseholds(as('commune_officer'))).toBe(true)
    expect(canAssignSupportHouseholds(as('support_agency'))).toBe(false)
    expect(canOrganiseCrossChecks(as('commune_officer'))).toBe(true)
    expect(canOrganiseCrossChecks(as('support_agency'))).toBe(false)
  })

  it('lets inspecting agencies record findings, and hides the effect from them', () => {
    expect(canRecordFindings(as('support_agency'))).toBe(true)
    expect(canRecordFindings(as('auditor'))).toBe(false)
    expect(canReadSupportEffect(as('support_agency'))).toBe(false)
    expect(canReadSupportEffect(as('commune_chair'))).toBe(true)
  })
})
