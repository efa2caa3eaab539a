import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { ND07_2021, STANDARD_SUMMARIES } from '@/testing/standards'
import {
  buildEvaluateRequest,
  governingStandard,
  indicatorCodes,
  initialFormValues,
  NO_DEVICE,
  type ClassificationFormValues,
} from './form-model'

const ND07_CODES = indicatorCodes(ND07_2021.definition)

function values(overrides: Partial<ClassificationFormValues>): ClassificationFormValues {
  return { ...initialFormValues(2025), members: [], ...overrides }
}

describe('buildEvaluateRequest', () => {
  it('sends the measured income only, with the area type and the year', () => {
    const request = buildEvaluateRequest(
      values({ areaType: 'RURAL', incomeBasis: 'MEASURED_INCOME', monthlyIncomePerCapita: 1_400_000, scoreA: 120 }),
      ND07_CODES,
    )
    expect(request).toEqual({ year: 2025, areaType: 'RURAL', monthlyIncomePerCapita: 1_400_000 })
  })

  it('sends score A only when it is the basis chosen, and the standard when one is chosen', () => {
    const request = buildEvaluateRequest(
      values({ standardCode: 'ND07_2021', areaType: 'URBAN', incomeBasis: 'SCORE_A', scoreA: 150, monthlyIncomePerCapita: 9 }),
      ND07_CODES,
    )
    expect(request).toEqual({ year: 2025, standardCode: 'ND07_2021', areaType: 'URBAN', scoreA: 150 })
  })

  it('sends ticks on the standard applied only, and nothing for "derive"', () => {
    const request = buildEvaluateRequest(
      values({
        ticks: { SANITATION: 'DEPRIVED', TELECOM: 'NOT_DEPRIVED', EMPLOYMENT: 'DERIVE', WASTE_DISPOSAL: 'DEPRIVED' },
      }),
      ND07_CODES,
    )
    expect(request.deprivations).toEqual({ SANITATION: true, TELECOM: false })
  })

  it('leaves out unknown facts and maps yes/no, dates and "no device"', () => {
    const request = buildEvaluateRequest(
      values({
        household: { wallsDurable: 'NO', roofDurable: 'YES', floorAreaM2: null, informationDevices: [NO_DEVICE] },
        members: [
          {
            name: '  Nguyễn Văn An ',
            birthDate: dayjs('1990-05-15'),
            ethnicity: '01',
            relationToHead: 'HEAD',
            healthInsurance: 'NO',
          },
          { name: '', ethnicity: '01' },
        ],
      }),
      ND07_CODES,
    )
    expect(request.household).toEqual({ wallsDurable: false, roofDurable: true, informationDevices: [] })
    expect(request.members).toEqual([
      { name: 'Nguyễn Văn An', birthDate: '1990-05-15', ethnicity: '01', relationToHead: 'HEAD', healthInsurance: false },
      { ethnicity: '01' },
    ])
  })

  it('leaves the household and members out when nothing is known', () => {
    const request = buildEvaluateRequest(values({ household: { informationDevices: [] } }), ND07_CODES)
    expect(request).toEqual({ year: 2025 })
  })
})

describe('governingStandard', () => {
  it('picks the published standard whose years hold the review year', () => {
    expect(governingStandard(STANDARD_SUMMARIES, 2025)?.code).toBe('ND07_2021')
    expect(governingStandard(STANDARD_SUMMARIES, 2021)?.code).toBe('QD59_2015')
    expect(governingStandard(STANDARD_SUMMARIES, 2027)?.code).toBe('ND351_2025')
    expect(governingStandard(STANDARD_SUMMARIES, 2040)).toBeUndefined()
  })

  it('ignores drafts and retired standards', () => {
    const retired = STANDARD_SUMMARIES.map((standard) => ({ ...standard, status: 'RETIRED' as const }))
    expect(governingStandard(retired, 2025)).toBeUndefined()
  })
})
