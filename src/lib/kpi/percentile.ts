import { KpiInputError } from "./errors"

export function checkPercentile(p: number): void {
  if (!(p >= 0 && p <= 100)) throw new KpiInputError("percentile", `percentile must be between 0 and 100, got ${p}`)
}

/**
 * How many of `count` sorted values lie at or below the p-th percentile (nearest rank): ⌈p/100 × count⌉,
 * at least 1. The product is rounded first when it is within float noise of a whole number, so
 * that 16.1 % of 1000 values is 161, not 162.
 */
export function nearestRank(p: number, count: number): number {
  const exact = (p * count) / 100
  const whole = Math.round(exact)
  const rank = Math.abs(exact - whole) < 1e-9 ? whole : Math.ceil(exact)
  return Math.min(count, Math.max(1, rank))
}

/**
 * The p-th percentile by nearest rank: the smallest value that at least p % of the values are
 * at or below. Always one of the values (never an interpolation). Null for no values.
 */
export function exactPercentile(values: readonly number[], p: number): number | null {
  checkPercentile(p)
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[nearestRank(p, sorted.length) - 1]
}

/** How many durations there were, and their median and 90th percentile (nearest rank). */
export interface DurationSummary {
  count: number
  p50_ms: number | null
  p90_ms: number | null
}

export const summarizeDurations = (durations: readonly number[]): DurationSummary => ({
  count: durations.length,
  p50_ms: exactPercentile(durations, 50),
  p90_ms: exactPercentile(durations, 90),
})
