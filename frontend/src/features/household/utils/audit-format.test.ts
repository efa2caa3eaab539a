import { describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n'
import { AUDIT_TRAIL, CHILD_ID, HEAD_ID, THON_HA_AN } from '@/testing/households'
import { auditActionLabel, auditFieldLabel, auditSubject, auditValue, type AuditContext } from './audit-format'

const t = i18n.getFixedT('vi')

const CONTEXT: AuditContext = {
  householdCode: '20179-00001',
  memberName: (id) => ({ [HEAD_ID]: 'Trần Văn Thử', [CHILD_ID]: 'Trần Thị Đi' })[id],
  villageName: (id) => (id === THON_HA_AN ? 'Thôn Hà An' : undefined),
  indicatorName: (code) => ({ HEALTH_INSURANCE: 'Bảo hiểm y tế', SANITATION: 'Nhà tiêu hợp vệ sinh' })[code] ?? code,
}

const member = { entityType: 'member' }
const household = { entityType: 'household' }

describe('audit trail in words', () => {
  it('names actions and fields, keeping codes it does not know', () => {
    expect(auditActionLabel('member.citizen_id_read', t)).toBe('Xem số CCCD')
    expect(auditActionLabel('something.new', t)).toBe('something.new')
    expect(auditFieldLabel('villageId', t)).toBe('Thôn, tổ dân phố')
    expect(auditFieldLabel('healthInsurance', t)).toBe('Có thẻ BHYT')
    expect(auditFieldLabel('mystery', t)).toBe('mystery')
  })

  it('translates codes, names ids and shows dates as dd/MM/yyyy', () => {
    const value = (entry: { entityType: string }, field: string, text: string | null) =>
      auditValue(entry, { field }, text, CONTEXT, t)
    expect(value(member, 'relationToHead', 'SPOUSE')).toBe('Vợ/chồng')
    expect(value(member, 'status', 'LEFT')).toBe('Đã rời hộ')
    expect(value(household, 'status', 'CLOSED')).toBe('Đã đóng hồ sơ')
    expect(value(household, 'classification', 'NEAR_POOR')).toBe('Hộ cận nghèo')
    expect(value(household, 'villageId', THON_HA_AN)).toBe('Thôn Hà An')
    expect(value(household, 'headMemberId', HEAD_ID)).toBe('Trần Văn Thử')
    expect(value(household, 'deprivedIndicators', 'HEALTH_INSURANCE,SANITATION')).toBe(
      'Bảo hiểm y tế, Nhà tiêu hợp vệ sinh',
    )
    expect(value(member, 'birthDate', '1980-02-03')).toBe('03/02/1980')
    expect(value(member, 'healthInsurance', 'false')).toBe('Không')
    expect(value(member, 'ethnicity', '10')).toBe('10 – Gia-rai')
    expect(value(member, 'citizenId', 'read in full')).toBe('đã xem đầy đủ')
    expect(value(member, 'citizenId', '********2345')).toBe('********2345')
    expect(value(household, 'address', null)).toBe('(trống)')
  })

  it('says who or what an entry is about', () => {
    const [corrected, updated, left] = AUDIT_TRAIL
    expect(auditSubject(corrected, CONTEXT, t)).toBe('Kết quả rà soát 2025')
    expect(auditSubject(updated, CONTEXT, t)).toBe('Hộ gia đình 20179-00001')
    expect(auditSubject(left, CONTEXT, t)).toBe('Trần Thị Đi')
  })
})
