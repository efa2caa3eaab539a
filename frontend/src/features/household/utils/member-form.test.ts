import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { HEAD, SPOUSE } from '@/testing/households'
import { headCount, memberFacts, memberFormValues, toMemberRequest, toMemberUpdate } from './member-form'

describe('toMemberRequest', () => {
  it('trims, formats the birth date, maps yes/no and leaves unknown facts out', () => {
    expect(
      toMemberRequest({
        fullName: '  Nguyễn Thị Lan ',
        birthDate: dayjs('1990-05-15'),
        ethnicity: '01',
        citizenId: ' 046190012345 ',
        relationToHead: 'HEAD',
        healthInsurance: 'NO',
        meritorious: 'YES',
      }),
    ).toEqual({
      fullName: 'Nguyễn Thị Lan',
      birthDate: '1990-05-15',
      ethnicity: '01',
      citizenId: '046190012345',
      relationToHead: 'HEAD',
      healthInsurance: false,
      meritorious: true,
    })
  })
})

describe('toMemberUpdate', () => {
  it('sends a fact the officer cleared as null, so that the API clears it instead of keeping it', () => {
    const values = { ...memberFormValues(HEAD), employment: undefined, healthInsurance: undefined }
    const body = toMemberUpdate(values)
    expect(body).toMatchObject({ fullName: 'Trần Văn Thử', sex: 'MALE', birthDate: '1980-02-03', ethnicity: '01' })
    expect(body.employment).toBeNull()
    expect(body.healthInsurance).toBeNull()
    expect(body.disabled).toBeNull()
    expect('citizenId' in body).toBe(false)
  })
})

describe('memberFormValues', () => {
  it('turns a stored member back into form values, keeping the citizen ID read in full', () => {
    const values = memberFormValues(HEAD, '046080012345')
    expect(values.fullName).toBe('Trần Văn Thử')
    expect(values.birthDate?.format('YYYY-MM-DD')).toBe('1980-02-03')
    expect(values.healthInsurance).toBe('NO')
    expect(values.disabled).toBeUndefined()
    expect(values.citizenId).toBe('046080012345')
    expect(toMemberRequest(values)).toEqual({
      fullName: 'Trần Văn Thử',
      sex: 'MALE',
      birthDate: '1980-02-03',
      ethnicity: '01',
      citizenId: '046080012345',
      relationToHead: 'HEAD',
      employment: 'SELF_EMPLOYED',
      healthInsurance: false,
    })
  })
})

describe('memberFacts', () => {
  it('gives the classifier the facts it knows, field for field', () => {
    expect(memberFacts(SPOUSE)).toEqual({ name: 'Lê Thị Thử', sex: 'FEMALE', ethnicity: '10', relationToHead: 'SPOUSE' })
  })
})

describe('headCount', () => {
  it('counts the members marked head', () => {
    expect(headCount([{ relationToHead: 'HEAD' }, { relationToHead: 'CHILD' }, undefined])).toBe(1)
    expect(headCount([{ relationToHead: 'HEAD' }, { relationToHead: 'HEAD' }])).toBe(2)
  })
})
