import { describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/features/account/api/get-current-user'
import { defaultDashboardArea, mayOpenArea } from './dashboard-scope'

const user = (areas: CurrentUser['areas'], national = false): CurrentUser => ({
  username: 'u',
  name: 'U',
  email: 'u@example.org',
  roles: ['commune_officer'],
  national,
  areas,
})

const huongTra = { code: '19996', name: 'Hương Trà', fullName: 'Phường Hương Trà', level: 'COMMUNE' as const, provinceCode: '46' }
const hue = { code: '46', name: 'Huế', fullName: 'Thành phố Huế', level: 'PROVINCE' as const, provinceCode: null }

describe('defaultDashboardArea', () => {
  it('opens a commune officer on their commune, a province officer on their province, an admin on the country', () => {
    expect(defaultDashboardArea(user([huongTra]))).toBe('19996')
    expect(defaultDashboardArea(user([hue]))).toBe('46')
    expect(defaultDashboardArea(user([], true))).toBe('VN')
  })
})

describe('mayOpenArea', () => {
  it('lets a province officer into the communes of the province only', () => {
    expect(mayOpenArea(user([hue]), '19996', '46')).toBe(true)
    expect(mayOpenArea(user([hue]), '00004', '01')).toBe(false)
    expect(mayOpenArea(user([huongTra]), '46')).toBe(false)
  })
})
