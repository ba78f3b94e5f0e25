/**
 * Upper bounds of the map's colour steps for values up to `max`: equal steps of a round size
 * (1, 2, 2.5 or 5 × 10ⁿ; whole numbers when `whole`), at most `count` of them, the last ≥ max.
 * Empty when max ≤ 0 (nothing to colour).
 */
export function colourBuckets(max: number, count: number, whole: boolean): number[] {
  if (!(max > 0) || count < 1) return []
  let step = roundStepAtLeast(max / count)
  if (whole) step = Math.max(1, Math.ceil(step))
  const bounds: number[] = []
  for (let i = 1; bounds.length < count; i++) {
    bounds.push(step * i)
    if (step * i >= max) break
  }
  return bounds
}

function roundStepAtLeast(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= value) return factor * power
  return 10 * power
}

/** Index of the step `value` falls in (value ≤ bound), or -1 for no value (≤ 0 or null). */
export function bucketOf(value: number | null, bounds: number[]): number {
  if (value === null || !(value > 0)) return -1
  const index = bounds.findIndex((bound) => value <= bound)
  return index === -1 ? bounds.length - 1 : index
}
