import { describe, expect, it } from 'vitest'
import { STANDARD_SUMMARIES } from '@/testing/standards'
import { planComparison } from './compare-plan'

describe('planComparison', () => {
  it('compares under every published standard, oldest first, without the chosen standard', () => {
    const plan = planComparison(
      STANDARD_SUMMARIES,
      { year: 2025, standardCode: 'ND07_2021', areaType: 'RURAL', monthlyIncomePerCapita: 1_400_000 },
      false,
    )
    expect(plan.request).toEqual({
      year: 2025,
      areaType: 'RURAL',
      monthlyIncomePerCapita: 1_400_000,
      standardCodes: ['QD59_2015', 'ND07_2021', 'ND351_2025'],
    })
    expect(plan.skipped).toEqual([])
  })

  it('includes retired standards only when asked', () => {
    const standards = STANDARD_SUMMARIES.map((standard) =>
      standard.code === 'QD59_2015' ? { ...standard, status: 'RETIRED' as const } : standard,
    )
    const household = { year: 2025, areaType: 'RURAL' as const, monthlyIncomePerCapita: 1 }
    expect(planComparison(standards, household, false).request.standardCodes).toEqual([
      'ND07_2021',
      'ND351_2025',
    ])
    expect(planComparison(standards, household, true).request.standardCodes).toHaveLength(3)
  })

  it('leaves out the standards without a score-A cut-off when only score A is known', () => {
    const plan = planComparison(STANDARD_SUMMARIES, { year: 2025, areaType: 'URBAN', scoreA: 150 }, false)
    expect(plan.request.standardCodes).toEqual(['ND07_2021'])
    expect(plan.skipped).toEqual(['QD59_2015', 'ND351_2025'])
  })

  it('sends every tick: each standard leaves out those it does not have', () => {
    const plan = planComparison(
      STANDARD_SUMMARIES.filter((standard) => standard.code !== 'QD59_2015'),
      {
        year: 2025,
        areaType: 'RURAL',
        monthlyIncomePerCapita: 1,
        deprivations: { SANITATION: true, INFORMATION_ACCESS: true, WASTE_DISPOSAL: false },
      },
      false,
    )
    expect(plan.request.deprivations).toEqual({ SANITATION: true, INFORMATION_ACCESS: true, WASTE_DISPOSAL: false })
  })
})
