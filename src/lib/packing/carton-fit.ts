import { CARTON_VIEWS, fromView, viewOf } from "./carton-views"
import { runSteps, type Steps } from "../cooperative"
import { packExtremePointsSteps, type Merit } from "./extreme-points"
import { cartonDims, fitsSomeRotation, itemDims, placementProblems, volumeOf, type Dims } from "./geometry"
import { normalizeItems } from "./normalize-items"
import type { Carton, FitResult, PackItem, Placement, SizedItem } from "./types"
import { validateCarton } from "./validate-carton"

/** Sort keys, compared largest first: each yields one item order to try. */
type OrderKey = (sides: { long: number; mid: number; short: number; volume: number }) => number[]

const byVolume: OrderKey = (s) => [s.volume, s.long, s.mid]
const byLongestSide: OrderKey = (s) => [s.long, s.mid, s.volume]
const byLargestFace: OrderKey = (s) => [s.long * s.mid, s.volume]
const byShortestSide: OrderKey = (s) => [s.short, s.volume]

/** Items sorted by descending key; keys are computed once per item, not per comparison. */
function sortedBy(items: SizedItem[], key: OrderKey): SizedItem[] {
  const keyed = items.map((item, index) => {
    const [short, mid, long] = [...itemDims(item)].sort((a, b) => a - b)
    return { item, index, key: key({ long, mid, short, volume: short * mid * long }) }
  })
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i] - a.key[i]
    return a.index - b.index // stable: equal items keep the caller's order
  })
  return keyed.map(({ item }) => item)
}

/**
 * Attempts in order; the first that packs everything wins. Volume-first is the classic choice;
 * longest-side-first places awkward long items while the carton is empty; largest-face-first
 * builds flat layers; the bounding-box merit keeps free space in one piece. Each is run on the 6
 * views of the carton (see carton-views.ts). Orders of <= 3 units then try every item order
 * (that cut the misses on dense random instances by more than half; for 4+ units it cost more
 * time than it won). Later attempts only run when earlier ones fail, so an easy fit costs one
 * attempt; a failing one costs the whole budget, which shrinks with the cube of the unit count
 * (as one attempt's cost grows) so that a large order that does not fit still answers in tens of ms.
 */
const ORDERS: OrderKey[] = [byVolume, byLongestSide, byLargestFace, byShortestSide]
export const MERITS: Merit[] = ["bottom_left_back", "smallest_bounding_box"]
const ALL_ORDERS_UP_TO = 3
const MAX_ATTEMPTS = 400
const MIN_ATTEMPTS = 4

/** Attempts allowed for `unitCount` units: all of them up to 10 units, 12 at 20, 4 from 30. */
export const attemptBudget = (unitCount: number) =>
  Math.max(MIN_ATTEMPTS, Math.min(MAX_ATTEMPTS, Math.floor(100_000 / Math.max(1, unitCount) ** 3)))

/**
 * Does this set of units go into this carton? Quick rejections first (weight, an item too big in
 * every rotation, total volume), then the extreme-point heuristic. "fits" always comes with
 * placements that were checked independently (inside the carton, no overlaps, real rotations), so
 * it is never wrong; "does not fit" can be wrong on hard, tight instances (see README in this folder).
 */
export function fitsInCarton(rawItems: PackItem[], carton: Carton): FitResult {
  return runSteps(fitsInCartonSteps(rawItems, carton))
}

/** `fitsInCarton`, pausable (see `src/lib/cooperative`). */
export function* fitsInCartonSteps(rawItems: PackItem[], carton: Carton): Steps<FitResult> {
  const problems = validateCarton(carton)
  if (problems.length) return { fits: false, reason: `invalid carton: ${problems.join("; ")}` }
  const items = normalizeItems(rawItems).items
  assertUniqueIds(items)
  const space = cartonDims(carton)

  const contentsG = items.reduce((sum, item) => sum + item.weight_g, 0)
  if (contentsG + carton.tare_weight_g > carton.max_weight_g) {
    return {
      fits: false,
      reason: `too heavy: ${round(contentsG)} g of items + ${carton.tare_weight_g} g tare exceeds the ${carton.max_weight_g} g limit`,
    }
  }
  const tooBig = items.find((item) => !fitsSomeRotation(itemDims(item), space))
  if (tooBig) {
    return { fits: false, reason: `item ${tooBig.id} (${dimsLabel(itemDims(tooBig))} cm) does not fit in any orientation` }
  }
  const itemsVolume = items.reduce((sum, item) => sum + volumeOf(itemDims(item)), 0)
  // Relative slack: decimal sides that fill the carton exactly must not fail on rounding noise.
  if (itemsVolume > volumeOf(space) * (1 + 1e-9)) {
    return {
      fits: false,
      reason: `items total ${round(itemsVolume)} cm³, more than the carton's ${round(volumeOf(space))} cm³`,
    }
  }

  const placements = yield* searchPacking(items, space)
  if (!placements) return { fits: false, reason: "no arrangement found (the items may not fit together)" }
  return { fits: true, placements }
}

function* searchPacking(items: SizedItem[], space: Dims): Steps<Placement[] | null> {
  const budget = attemptBudget(items.length)
  let attempts = 0
  const tried = new Set<string>()
  for (const ordered of itemOrders(items)) {
    const key = ordered.map((item) => item.id).join("\u0000")
    if (tried.has(key)) continue
    tried.add(key)
    for (const view of CARTON_VIEWS) {
      const viewSpace = viewOf(space, view)
      for (const merit of MERITS) {
        if (++attempts > budget) return null
        const packed = yield* packExtremePointsSteps(ordered, viewSpace, merit)
        if (!packed) continue
        const placements = packed.map((p) => fromView(p, view))
        // Belt and braces: a packing is only reported after an independent check.
        if (placementProblems(items, placements, space).length === 0) return placements
      }
    }
  }
  return null
}

/** The sorted orders, then (small orders only) every permutation; duplicates are skipped by the caller. */
function* itemOrders(items: SizedItem[]): Generator<SizedItem[]> {
  for (const order of ORDERS) yield sortedBy(items, order)
  if (items.length <= ALL_ORDERS_UP_TO) yield* permutations(items)
}

function* permutations<T>(values: T[]): Generator<T[]> {
  if (values.length <= 1) {
    yield values
    return
  }
  for (let i = 0; i < values.length; i++) {
    const rest = [...values.slice(0, i), ...values.slice(i + 1)]
    for (const tail of permutations(rest)) yield [values[i], ...tail]
  }
}

function assertUniqueIds(items: SizedItem[]) {
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`item id ${item.id} appears twice; give each unit its own id (see unitsFromLines)`)
    seen.add(item.id)
  }
}

const round = (value: number) => Math.round(value * 100) / 100
export const dimsLabel = (dims: Dims) => dims.map(round).join("×")
