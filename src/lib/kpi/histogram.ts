import { KpiInputError } from "./errors"
import { checkPercentile, nearestRank } from "./percentile"

/**
 * A mergeable summary of many durations (or any non-negative values) for the per-day rollups:
 * values are counted in logarithmic buckets, so a percentile read back is within 1 % of the
 * exact one, and two days merge by adding their counts. Plain JSON: bucket index → count, and
 * the zeros apart (a logarithm has no bucket for 0).
 */
export interface Histogram {
  zeros: number
  counts: Record<string, number>
}

// Bucket i holds (γ^(i-1), γ^i]; reading it back as 2γ^i/(γ+1) is off by at most α of any value in
// it. α is 0.99 % rather than 1 % so that float rounding at a bucket's edge stays inside 1 %.
const ALPHA = 0.0099
const GAMMA = (1 + ALPHA) / (1 - ALPHA)
const LOG_GAMMA = Math.log(GAMMA)

/** The worst relative error of `histogramPercentile` against `exactPercentile`. */
export const HISTOGRAM_RELATIVE_ERROR = 0.01

export const createHistogram = (): Histogram => ({ zeros: 0, counts: {} })

const bucketOf = (value: number) => Math.ceil(Math.log(value) / LOG_GAMMA)
const valueOf = (bucket: number) => (2 * Math.pow(GAMMA, bucket)) / (GAMMA + 1)

/**
 * Counts `value` (`times` times) into `histogram` in place, and returns it: a rollup adds
 * thousands of values to one histogram, copying it each time would be quadratic.
 */
export function addToHistogram(histogram: Histogram, value: number, times = 1): Histogram {
  if (!(Number.isFinite(value) && value >= 0)) throw new KpiInputError("value", `histogram values must be finite and >= 0, got ${value}`)
  if (!(Number.isInteger(times) && times >= 0)) throw new KpiInputError("times", `times must be a whole number >= 0, got ${times}`)
  if (times === 0) return histogram
  if (value === 0) histogram.zeros += times
  else {
    const key = String(bucketOf(value))
    histogram.counts[key] = (histogram.counts[key] ?? 0) + times
  }
  return histogram
}

export const histogramOf = (values: readonly number[]): Histogram =>
  values.reduce((histogram, value) => addToHistogram(histogram, value), createHistogram())

/** A new histogram holding every value of the given ones (their counts added). */
export function mergeHistograms(...histograms: readonly Histogram[]): Histogram {
  const merged = createHistogram()
  for (const histogram of histograms) {
    merged.zeros += histogram.zeros
    for (const [key, count] of Object.entries(histogram.counts)) merged.counts[key] = (merged.counts[key] ?? 0) + count
  }
  return merged
}

export const histogramCount = (histogram: Histogram) =>
  Object.values(histogram.counts).reduce((total, count) => total + count, histogram.zeros)

/**
 * The p-th percentile (nearest rank, as `exactPercentile`) of the values counted: within 1 % of
 * the exact percentile of those values, exactly 0 when that is 0. Null when nothing was counted.
 */
export function histogramPercentile(histogram: Histogram, p: number): number | null {
  checkPercentile(p)
  const total = histogramCount(histogram)
  if (total === 0) return null
  const rank = nearestRank(p, total)
  if (rank <= histogram.zeros) return 0
  let seen = histogram.zeros
  const buckets = Object.keys(histogram.counts)
    .map(Number)
    .sort((a, b) => a - b)
  for (const bucket of buckets) {
    seen += histogram.counts[String(bucket)]
    if (seen >= rank) return valueOf(bucket)
  }
  return valueOf(buckets[buckets.length - 1])
}
