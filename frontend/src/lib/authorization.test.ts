import { describe, expect, it } from 'vitest'
import { canEditVillages, canManageStandards } from './authorization'

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
