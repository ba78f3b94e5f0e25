/** mulberry32: tiny seeded PRNG so every run of the benchmark sees the same orders. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = () => number

export const randomInt = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

/** Picks items in proportion to their weight (cumulative table + binary search). */
export function weightedPicker<T>(items: T[], weightOf: (item: T) => number): (random: Random) => T {
  const cumulative: number[] = []
  let total = 0
  for (const item of items) cumulative.push((total += weightOf(item)))
  return (random) => {
    const target = random() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (cumulative[mid] > target) high = mid
      else low = mid + 1
    }
    return items[low]
  }
}
