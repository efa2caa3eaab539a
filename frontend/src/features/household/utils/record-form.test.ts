import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { buildPreviewRequest, buildRecordRequest, initialRecordValues, type RecordFormValues } from './record-form'

const CODES = ['HEALTH_INSURANCE', 'SANITATION', 'TELECOM']

function values(overrides: Partial<RecordFormValues>): RecordFormValues {
  return { ...initialRecordValues(2025, dayjs('2025-10-15')), ...overrides }
}

describe('buildRecordRequest', () => {
  it('sends the survey, the income basis chosen, facts known, ticks, causes and needs', () => {
    const request = buildRecordRequest(
      values({
        reviewer: '  Hồ Văn Rà ',
        monthlyIncomePerCapita: 1_000_000,
        scoreA: 120,
        household: { wallsDurable: 'NO', latrineType: 'SIMPLE_PIT' },
        ticks: { SANITATION: 'DEPRIVED', TELECOM: 'NOT_DEPRIVED', HEALTH_INSURANCE: 'DERIVE', WASTE_DISPOSAL: 'DEPRIVED' },
        causes: ['LACK_OF_CAPITAL'],
        needs: ['CREDIT'],
        correctionReason: 'ignored: the year has no record',
      }),
      CODES,
      false,
    )
    expect(request).toEqual({
      surveyYear: 2025,
      surveyDate: '2025-10-15',
      reviewer: 'Hồ Văn Rà',
      monthlyIncomePerCapita: 1_000_000,
      deprivations: { SANITATION: true, TELECOM: false },
      household: { wallsDurable: false, latrineType: 'SIMPLE_PIT' },
      causes: ['LACK_OF_CAPITAL'],
      needs: ['CREDIT'],
    })
  })

  it('sends score A instead when it is the basis, and the reason of a correction', () => {
    const request = buildRecordRequest(
      values({ incomeBasis: 'SCORE_A', scoreA: 130, monthlyIncomePerCapita: 9, correctionReason: ' Sai thu nhập ' }),
      CODES,
      true,
    )
    expect(request).toEqual({ surveyYear: 2025, surveyDate: '2025-10-15', scoreA: 130, correctionReason: 'Sai thu nhập' })
  })
})

describe('buildPreviewRequest', () => {
  const MEMBERS = [{ name: 'Trần Văn Thử', birthDate: '1980-02-03', healthInsurance: false }]

  it('waits for an income or score A and the area type', () => {
    expect(buildPreviewRequest(values({}), CODES, MEMBERS, 'RURAL')).toBeUndefined()
    expect(buildPreviewRequest(values({ monthlyIncomePerCapita: 1 }), CODES, MEMBERS, null)).toBeUndefined()
  })

  it('asks for the record as typed with the members, ages counted at the survey date', () => {
    expect(
      buildPreviewRequest(
        values({ monthlyIncomePerCapita: 1_000_000, household: { roofDurable: 'NO' }, ticks: { TELECOM: 'DEPRIVED' } }),
        CODES,
        MEMBERS,
        'RURAL',
      ),
    ).toEqual({
      year: 2025,
      areaType: 'RURAL',
      referenceDate: '2025-10-15',
      monthlyIncomePerCapita: 1_000_000,
      deprivations: { TELECOM: true },
      household: { roofDurable: false },
      members: MEMBERS,
    })
  })

  it('lets the server pick the reference date when the survey date is in another year', () => {
    const request = buildPreviewRequest(
      values({ surveyYear: 2024, monthlyIncomePerCapita: 1 }),
      CODES,
      [],
      'URBAN',
    )
    expect(request).toEqual({ year: 2024, areaType: 'URBAN', monthlyIncomePerCapita: 1 })
  })
})
