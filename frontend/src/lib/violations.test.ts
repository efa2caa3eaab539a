import { describe, expect, it } from 'vitest'
import { placeViolations, violationPath } from './violations'

const ROOTS = ['communeCode', 'phone', 'members']

describe('violationPath', () => {
  it('reads list indexes into the path of a form field', () => {
    expect(violationPath('members[0].citizenId', ROOTS)).toEqual(['members', 0, 'citizenId'])
    expect(violationPath('phone', ROOTS)).toEqual(['phone'])
  })

  it('drops the method and argument names in front of the field', () => {
    expect(violationPath('createHousehold.request.members[2].fullName', ROOTS)).toEqual(['members', 2, 'fullName'])
  })

  it('knows no field for what the form does not show', () => {
    expect(violationPath('createHousehold.request', ROOTS)).toBeUndefined()
  })
})

describe('placeViolations', () => {
  it('puts violations on their fields and keeps the others for the alert', () => {
    const placed = placeViolations(
      [
        { field: 'members[0].citizenId', message: 'must be 12 digits' },
        { field: 'members[0].citizenId', message: 'is taken' },
        { field: 'somethingElse', message: 'is wrong' },
      ],
      ROOTS,
    )
    expect(placed.fields).toEqual([{ name: ['members', 0, 'citizenId'], errors: ['must be 12 digits', 'is taken'] }])
    expect(placed.rest).toEqual([{ field: 'somethingElse', message: 'is wrong' }])
  })
})
