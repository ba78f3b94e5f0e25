import { depotLocation, distanceMm, type Location, type RouteGrid } from "./geometry"

/** Permutations grow as n!; 8 locations is 40,320 orders, a few ms. */
export const EXHAUSTIVE_MAX_LOCATIONS = 8

/**
 * Reference optimum: tries every visiting order of the locations (shortest-path distances on the
 * aisle graph between consecutive stops). Branches that already exceed the best complete tour are
 * cut, which never drops an optimal order. Ties keep the first order found (lexicographic).
 */
export function exhaustiveOrder(grid: RouteGrid, locations: Location[]): { order: Location[]; length: number } {
  if (locations.length > EXHAUSTIVE_MAX_LOCATIONS) {
    throw new RangeError(`exhaustive search is limited to ${EXHAUSTIVE_MAX_LOCATIONS} locations, got ${locations.length}`)
  }
  const points = [depotLocation(grid), ...locations]
  const dist = points.map((p) => points.map((q) => distanceMm(grid, p, q)))
  const n = locations.length
  const used = new Array<boolean>(n + 1).fill(false)
  const path: number[] = []
  let best = Infinity
  let bestPath: number[] = []

  const extend = (at: number, length: number) => {
    if (length >= best) return
    if (path.length === n) {
      const total = length + dist[at][0]
      if (total < best) {
        best = total
        bestPath = [...path]
      }
      return
    }
    for (let next = 1; next <= n; next++) {
      if (used[next]) continue
      used[next] = true
      path.push(next)
      extend(next, length + dist[at][next])
      path.pop()
      used[next] = false
    }
  }
  extend(0, 0)
  if (n === 0) best = 0
  return { order: bestPath.map((i) => points[i]), length: best }
}
