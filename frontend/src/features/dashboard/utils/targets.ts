import type { Target, TargetIndicator } from '../api/get-dashboard'
import { isRateIndicator } from './chart-options'

/** Targets to reach at most (rates and the poor with a meritorious member), or at least (households escaping). */
export function isAtMost(indicator: TargetIndicator): boolean {
  return indicator !== 'ESCAPED_HOUSEHOLDS'
}

/**
 * How far along the way to its target the latest actual value is, 0..100 (undefined without an
 * actual value). With a baseline: the share of the way from the baseline to the target covered;
 * without one: 100 when met, else target / actual (at most) or actual / target (at least).
 */
export function targetProgress(target: Pick<Target, 'indicator' | 'targetValue' | 'baselineValue' | 'actual'>): number | undefined {
  const { actual, targetValue, baselineValue } = target
  if (actual === null) return undefined
  let share: number
  if (isAtMost(target.indicator)) {
    if (actual <= targetValue) share = 1
    else if (baselineValue !== null && baselineValue > targetValue) share = (baselineValue - actual) / (baselineValue - targetValue)
    else share = actual === 0 ? 1 : targetValue / actual
  } else if (actual >= targetValue) {
    share = 1
  } else if (baselineValue !== null && baselineValue < targetValue) {
    share = (actual - baselineValue) / (targetValue - baselineValue)
  } else {
    share = targetValue === 0 ? 1 : actual / targetValue
  }
  return Math.round(Math.min(1, Math.max(0, share)) * 100)
}

/** A target's value as the UI writes it: a rate ("≤ 1,7 %") or a number of households ("≥ 20"). */
export function formatTargetValue(
  indicator: TargetIndicator,
  value: number,
  format: { rate: (value: number) => string; number: (value: number) => string },
): string {
  return isRateIndicator(indicator) ? format.rate(value) : format.number(value)
}
