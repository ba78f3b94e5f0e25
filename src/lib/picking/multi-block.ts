import { depotLocation, distanceMm, type Location, type RouteGrid } from "./geometry"
import { sShapeOrder } from "./s-shape"

/*
 * Multi-block heuristic (layouts with 3+ cross aisles, where no polynomial exact method is used):
 * local search on the visiting order with exact shortest-path distances on the aisle graph.
 *   - start 1: the S-shape visiting order; start 2: nearest neighbour from the depot;
 *   - improve each with 2-opt (reverse a stretch) and Or-opt (move a run of 1-3 stops, either
 *     direction) until no move shortens the tour, or a pass cap is hit on very large waves;
 *   - keep the shorter result.
 * Walking the S-shape order via shortest paths is never longer than the S-shape walk itself and
 * every accepted move shortens the tour, so the result is never longer than S-shape and, being a
 * real closed walk, never shorter than the optimum.
 */
const MAX_PASSES = 50

type Matrix = number[][]

function tourLength(dist: Matrix, tour: number[]): number {
  let total = 0
  for (let i = 0; i + 1 < tour.length; i++) total += dist[tour[i]][tour[i + 1]]
  return total
}

/** tour[0] and tour[last] are the depot (index 0); inner positions are movable. */
function twoOpt(dist: Matrix, tour: number[]): boolean {
  let improved = false
  const n = tour.length
  for (let i = 0; i < n - 3; i++) {
    for (let j = i + 2; j < n - 1; j++) {
      const [a, b, c, d] = [tour[i], tour[i + 1], tour[j], tour[j + 1]]
      if (dist[a][c] + dist[b][d] < dist[a][b] + dist[c][d]) {
        reverse(tour, i + 1, j)
        improved = true
      }
    }
  }
  return improved
}

function reverse(tour: number[], from: number, to: number) {
  for (let i = from, j = to; i < j; i++, j--) [tour[i], tour[j]] = [tour[j], tour[i]]
}

/** Moves a run tour[i..i+len-1] between two other neighbours when that is shorter. */
function orOpt(dist: Matrix, tour: number[]): boolean {
  let improved = false
  for (let len = 1; len <= 3; len++) {
    for (let i = 1; i + len < tour.length; i++) {
      const first = tour[i]
      const last = tour[i + len - 1]
      const before = tour[i - 1]
      const after = tour[i + len]
      const removal = dist[before][first] + dist[last][after] - dist[before][after]
      let bestGain = 0
      let bestAt = -1
      let bestReversed = false
      for (let k = 0; k + 1 < tour.length; k++) {
        if (k >= i - 1 && k <= i + len - 1) continue // edges touching the run
        const [p, q] = [tour[k], tour[k + 1]]
        const forward = dist[p][first] + dist[last][q] - dist[p][q]
        const backward = dist[p][last] + dist[first][q] - dist[p][q]
        if (removal - forward > bestGain) [bestGain, bestAt, bestReversed] = [removal - forward, k, false]
        if (removal - backward > bestGain) [bestGain, bestAt, bestReversed] = [removal - backward, k, true]
      }
      if (bestAt < 0) continue
      const run = tour.splice(i, len)
      if (bestReversed) run.reverse()
      const insertAfter = bestAt < i ? bestAt : bestAt - len
      tour.splice(insertAfter + 1, 0, ...run)
      improved = true
    }
  }
  return improved
}

function improve(dist: Matrix, start: number[]): number[] {
  const tour = [0, ...start, 0]
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const a = twoOpt(dist, tour)
    const b = orOpt(dist, tour)
    if (!a && !b) break
  }
  return tour
}

function nearestNeighbour(dist: Matrix, count: number): number[] {
  const left = new Set(Array.from({ length: count }, (_, i) => i + 1))
  const order: number[] = []
  let at = 0
  while (left.size) {
    let next = -1
    for (const candidate of left) if (next < 0 || dist[at][candidate] < dist[at][next]) next = candidate
    order.push(next)
    left.delete(next)
    at = next
  }
  return order
}

export function multiBlockOrder(grid: RouteGrid, locations: Location[]): { order: Location[]; length: number } {
  if (locations.length === 0) return { order: [], length: 0 }
  const points = [depotLocation(grid), ...locations]
  const dist = points.map((p) => points.map((q) => distanceMm(grid, p, q)))
  const index = new Map(locations.map((l, i) => [l, i + 1]))
  const sShape = sShapeOrder(grid, locations).order.map((l) => index.get(l)!)
  let best: number[] | null = null
  let bestLength = Infinity
  for (const start of [sShape, nearestNeighbour(dist, locations.length)]) {
    const tour = improve(dist, start)
    const length = tourLength(dist, tour)
    if (length < bestLength) [best, bestLength] = [tour, length]
  }
  return { order: best!.slice(1, -1).map((i) => points[i]), length: bestLength }
}
