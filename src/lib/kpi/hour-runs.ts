/**
 * A set of clock hours (hour numbers since the epoch) kept as runs of consecutive hours, flat:
 * [first, count, first, count, …], sorted, never overlapping or touching. A month of shifts is
 * a few dozen numbers instead of hundreds, which is what a month's rollup row carries per person.
 */
export type HourRuns = number[]

/** The runs of some hours (any order, repeats allowed). */
export function runsOfHours(hours: Iterable<number>): HourRuns {
  return coalesce([...new Set(hours)].map((h) => [h, 1] as [number, number]))
}

/** The union of several sets of runs. */
export function unionRuns(sets: readonly HourRuns[]): HourRuns {
  const pairs: [number, number][] = []
  for (const runs of sets) for (let i = 0; i < runs.length; i += 2) pairs.push([runs[i], runs[i + 1]])
  return coalesce(pairs)
}

/** How many hours the runs hold. */
export function hoursInRuns(runs: HourRuns): number {
  let total = 0
  for (let i = 1; i < runs.length; i += 2) total += runs[i]
  return total
}

function coalesce(pairs: [number, number][]): HourRuns {
  pairs.sort((a, b) => a[0] - b[0])
  const out: HourRuns = []
  for (const [first, count] of pairs) {
    const last = out.length - 2
    if (last >= 0 && first <= out[last] + out[last + 1]) out[last + 1] = Math.max(out[last + 1], first + count - out[last])
    else out.push(first, count)
  }
  return out
}
