import { describe, expect, it } from 'vitest'
import type { SupportKind } from '../api/list-kinds'
import { itemWarnings } from './warnings'

const LIVESTOCK: SupportKind = {
  code: 'LIVESTOCK',
  name: 'Con giống',
  nameEn: 'Livestock',
  indicators: [],
  addressesIncome: true,
  unit: 'con',
  discouraged: true,
  policyNote: 'Huyện không khuyến khích hỗ trợ con giống',
}

describe('itemWarnings', () => {
  it("reads the item's warnings, with the province's note on a discouraged kind", () => {
    expect(itemWarnings({ kindCode: 'LIVESTOCK', warnings: ['support.kind_discouraged'] }, [LIVESTOCK])).toEqual({
      discouraged: 'Huyện không khuyến khích hỗ trợ con giống',
      noNeed: false,
    })
    expect(itemWarnings({ kindCode: 'GREEN_FENCE', warnings: ['support.item_addresses_no_need'] }, [LIVESTOCK])).toEqual({
      discouraged: undefined,
      noNeed: true,
    })
  })
})
