/** A count as a share of the households, in % with two decimals (230 of 1910 → 12.04); undefined without both. */
export function ratePercent(count: number | null | undefined, households: number | null | undefined): number | undefined {
  if (count === null || count === undefined || !households) return undefined
  return Math.round((count / households) * 10_000) / 100
}
