import { describe, expect, it } from 'vitest'
import { canReadImports, canWriteImports } from './authorization'

const area = (code: string, level: 'PROVINCE' | 'COMMUNE', provinceCode: string | null = null) => ({
  code,
  name: code,
  fullName: code,
  level,
  provinceCode,
})
const NAM_DONG = { code: '20179', provinceCode: '46' }
const HUE = { code: '46' }
const ROLES = ['admin', 'province_officer', 'commune_officer', 'commune_chair', 'reviewer', 'auditor', 'integration', 'support_agency']

describe('imports', () => {
  it('opens the imports to the roles that import and to auditors, not to reviewers or helping agencies', () => {
    expect(ROLES.filter((role) => canReadImports({ roles: [role] }))).toEqual([
      'admin',
      'province_officer',
      'commune_officer',
      'commune_chair',
      'auditor',
      'integration',
    ])
    expect(canReadImports(undefined)).toBe(false)
  })

  it('lets a commune officer or chair import for their own commune only', () => {
    for (const role of ['commune_officer', 'commune_chair']) {
      const user = { roles: [role], areas: [area('20179', 'COMMUNE', '46')] }
      expect(canWriteImports(user, NAM_DONG), role).toBe(true)
      expect(canWriteImports(user, { code: '19996', provinceCode: '46' }), role).toBe(false)
      // The commune's province is not theirs.
      expect(canWriteImports(user, HUE), role).toBe(false)
    }
  })

  it('lets a province officer import for the province or one of its communes', () => {
    const user = { roles: ['province_officer'], areas: [area('46', 'PROVINCE')] }
    expect(canWriteImports(user, HUE)).toBe(true)
    expect(canWriteImports(user, NAM_DONG)).toBe(true)
    expect(canWriteImports(user, { code: '01' })).toBe(false)
    expect(canWriteImports(user, { code: '00004', provinceCode: '01' })).toBe(false)
  })

  it('lets an admin import anywhere, the integration account within its province', () => {
    expect(canWriteImports({ roles: ['admin'], areas: [], national: true }, { code: '01' })).toBe(true)
    const integration = { roles: ['integration'], areas: [area('46', 'PROVINCE')] }
    expect(canWriteImports(integration, NAM_DONG)).toBe(true)
    expect(canWriteImports(integration, { code: '01' })).toBe(false)
  })

  it('never lets auditors, reviewers or helping agencies import, even in their area', () => {
    for (const role of ['auditor', 'reviewer', 'support_agency']) {
      const user = { roles: [role], areas: [area('46', 'PROVINCE'), area('20179', 'COMMUNE', '46')] }
      expect(canWriteImports(user, NAM_DONG), role).toBe(false)
      expect(canWriteImports(user), role).toBe(false)
    }
    expect(canWriteImports(undefined, NAM_DONG)).toBe(false)
  })

  it('decides by role alone when no area is given', () => {
    expect(canWriteImports({ roles: ['commune_officer'], areas: [area('20179', 'COMMUNE', '46')] })).toBe(true)
  })
})
