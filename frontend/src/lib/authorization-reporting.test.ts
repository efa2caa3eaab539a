import { describe, expect, it } from 'vitest'
import {
  canEditHistoricalFigures,
  canEditObligation,
  canEditTargets,
  canManageObligations,
  canReadDashboards,
  canReadReporting,
  canReceiveReport,
  canSubmitReport,
  obligationProvinceOf,
} from './authorization'

const area = (code: string, level: 'PROVINCE' | 'COMMUNE', provinceCode: string | null = null) => ({
  code,
  name: code,
  fullName: code,
  level,
  provinceCode,
})
const communeOfficer = { roles: ['commune_officer'], areas: [area('19996', 'COMMUNE', '46')], national: false }
const provinceOfficer = { roles: ['province_officer'], areas: [area('46', 'PROVINCE')], national: false }
const admin = { roles: ['admin'], areas: [], national: true }

describe('dashboards and reporting', () => {
  it('opens the dashboards to officers, chairs, auditors and the province\'s system, the reporting to helping agencies too', () => {
    expect(canReadDashboards({ roles: ['auditor'] })).toBe(true)
    expect(canReadDashboards({ roles: ['support_agency'] })).toBe(false)
    expect(canReadDashboards({ roles: ['reviewer'] })).toBe(false)
    expect(canReadReporting({ roles: ['support_agency'] })).toBe(true)
    expect(canReadReporting(undefined)).toBe(false)
  })

  it('lets a unit\'s officers set its targets, a province officer those of its communes too', () => {
    expect(canEditTargets(communeOfficer, { code: '19996', provinceCode: '46' })).toBe(true)
    expect(canEditTargets(communeOfficer, { code: '46' })).toBe(false)
    expect(canEditTargets(provinceOfficer, { code: '19996', provinceCode: '46' })).toBe(true)
    expect(canEditTargets(provinceOfficer, { code: '20179', provinceCode: '48' })).toBe(false)
    expect(canEditTargets({ roles: ['auditor'], areas: [area('46', 'PROVINCE')] }, { code: '46' })).toBe(false)
    expect(canEditTargets(admin, { code: 'VN' })).toBe(false)
  })

  it('lets chairs set targets but not enter figures by hand', () => {
    const chair = { ...communeOfficer, roles: ['commune_chair'] }
    expect(canEditTargets(chair, { code: '19996', provinceCode: '46' })).toBe(true)
    expect(canEditHistoricalFigures(chair, { code: '19996', provinceCode: '46' })).toBe(false)
    expect(canEditHistoricalFigures(communeOfficer, { code: '19996', provinceCode: '46' })).toBe(true)
  })

  it('has the owing unit send a report and the level above receive it', () => {
    expect(canSubmitReport(communeOfficer, { unitCode: '19996', ownerLevel: 'COMMUNE' })).toBe(true)
    expect(canSubmitReport(provinceOfficer, { unitCode: '19996', ownerLevel: 'COMMUNE' })).toBe(false)
    expect(canSubmitReport(provinceOfficer, { unitCode: '46', ownerLevel: 'PROVINCE' })).toBe(true)
    expect(canReceiveReport(provinceOfficer, { provinceCode: '46', recipientLevel: 'PROVINCE' })).toBe(true)
    expect(canReceiveReport(communeOfficer, { provinceCode: '46', recipientLevel: 'PROVINCE' })).toBe(false)
    expect(canReceiveReport(provinceOfficer, { provinceCode: '46', recipientLevel: 'MINISTRY' })).toBe(false)
    expect(canReceiveReport(admin, { provinceCode: '46', recipientLevel: 'MINISTRY' })).toBe(true)
  })

  it('leaves the reporting obligations to the national administrator', () => {
    expect(canManageObligations(admin)).toBe(true)
    expect(canManageObligations(provinceOfficer)).toBe(true)
    expect(canManageObligations(communeOfficer)).toBe(false)
    expect(canManageObligations({ roles: ['auditor'] })).toBe(false)
    expect(canManageObligations(undefined)).toBe(false)
  })

  it('lets a province officer change only the local obligations of their province', () => {
    const statutory = { statutory: true, provinceCode: null }
    const hue = { statutory: false, provinceCode: '46' }
    const hanoi = { statutory: false, provinceCode: '01' }
    expect(canEditObligation(admin, statutory)).toBe(true)
    expect(canEditObligation(provinceOfficer, hue)).toBe(true)
    expect(canEditObligation(provinceOfficer, hanoi)).toBe(false)
    expect(canEditObligation(provinceOfficer, statutory)).toBe(false)
    expect(canEditObligation(communeOfficer, hue)).toBe(false)
    expect(obligationProvinceOf(provinceOfficer)).toBe('46')
    expect(obligationProvinceOf(admin)).toBeUndefined()
  })
})
