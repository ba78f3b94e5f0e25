import { placementsOverlap, rotationsOf, volumeOf, type Dims } from "./geometry"
import type { Placement, SizedItem } from "./types"

export type ExactFit = { fits: true; placements: Placement[] } | { fits: false } | { fits: "unknown" }

/**
 * Exhaustive fit check for SMALL instances with whole-centimetre sizes, used to measure how often
 * the heuristic misses a real fit (tests and bench only: the search is exponential).
 *
 * It searches every grid position and rotation, but only at "normal pattern" coordinates: any
 * packing can be compacted by sliding items towards 0 along each axis until each touches a wall or
 * another item, after which every coordinate is a sum of other items' sides. So an item's
 * coordinate only needs to range over the subset sums of the other items' sides (each other item
 * adding 0 or one of its three sides), which is exact and far smaller than the full grid.
 * Returns "unknown" when `nodeLimit` placements have been tried without an answer.
 */
export function exactFit(items: SizedItem[], space: Dims, { nodeLimit = 2_000_000 } = {}): ExactFit {
  for (const item of items) {
    if (![item.length_cm, item.width_cm, item.height_cm].every(Number.isInteger)) {
      throw new Error(`exactFit needs whole-centimetre sizes; item ${item.id} has ${item.length_cm}×${item.width_cm}×${item.height_cm}`)
    }
  }
  if (!space.every(Number.isInteger)) throw new Error(`exactFit needs a whole-centimetre carton, got ${space.join("×")}`)
  const totalVolume = items.reduce((sum, item) => sum + volumeOf([item.length_cm, item.width_cm, item.height_cm]), 0)
  if (totalVolume > volumeOf(space)) return { fits: false }

  // Biggest first: they have the fewest positions, so dead ends show up near the root.
  const ordered = [...items].sort(
    (a, b) => volumeOf([b.length_cm, b.width_cm, b.height_cm]) - volumeOf([a.length_cm, a.width_cm, a.height_cm])
  )
  const coordinates = ordered.map((item) => subsetSums(ordered.filter((other) => other !== item)))
  const placed: Placement[] = []
  let nodes = 0

  const place = (index: number): boolean | "unknown" => {
    if (index === ordered.length) return true
    const item = ordered[index]
    for (const [l, w, h] of rotationsOf([item.length_cm, item.width_cm, item.height_cm])) {
      for (const x of coordinates[index]) {
        if (x + l > space[0]) break
        for (const y of coordinates[index]) {
          if (y + w > space[1]) break
          for (const z of coordinates[index]) {
            if (z + h > space[2]) break
            if (++nodes > nodeLimit) return "unknown"
            const candidate: Placement = { item_id: item.id, x, y, z, length_cm: l, width_cm: w, height_cm: h }
            if (placed.some((other) => placementsOverlap(candidate, other))) continue
            placed.push(candidate)
            const result = place(index + 1)
            if (result !== false) return result
            placed.pop()
          }
        }
      }
    }
    return false
  }

  const result = place(0)
  if (result === "unknown") return { fits: "unknown" }
  return result ? { fits: true, placements: [...placed] } : { fits: false }
}

/** Sorted distinct sums where each item adds 0 or one of its sides. */
function subsetSums(others: SizedItem[]): number[] {
  let sums = new Set([0])
  for (const item of others) {
    const next = new Set(sums)
    for (const sum of sums) for (const side of [item.length_cm, item.width_cm, item.height_cm]) next.add(sum + side)
    sums = next
  }
  return [...sums].sort((a, b) => a - b)
}
