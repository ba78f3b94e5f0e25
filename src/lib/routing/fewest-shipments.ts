import { allocateGreedy, takeAllAvailable, unitsLeft, type GreedyResult, type Shipment } from "./allocate"
import type { AssessedCenter } from "./eligibility"
import { totalQuantity, unitsAvailable, type SupplyModel } from "./supply"

/** Exact search over centre subsets up to this many useful centres (2^12 subsets at most). */
export const EXACT_SEARCH_LIMIT = 12
/** Stand-in distance for a centre without coordinates: worse than any real distance on Earth. */
export const UNKNOWN_DISTANCE_KM = 20_000

export interface SubsetPlan extends GreedyResult {
  /** Centres (input indices) the search settled on; some may end up shipping nothing. */
  subset: number[]
  exact: boolean
}

interface Scored {
  result: GreedyResult
  subset: number[]
  filled: number
  distance: number
  priority: number
}

function* combinations(size: number, total: number): Generator<number[]> {
  const picks = Array.from({ length: size }, (_, i) => i)
  while (true) {
    yield picks
    let i = size - 1
    while (i >= 0 && picks[i] === total - size + i) i--
    if (i < 0) return
    picks[i]++
    for (let j = i + 1; j < size; j++) picks[j] = picks[j - 1] + 1
  }
}

/** Tie-break between sets with the same units and parcels: shorter total distance or better priority first. */
export type SetPreference = "distance" | "priority"

// More units placed first, then fewer parcels, then the preferred tie-break, then the other one.
const isBetter = (prefer: SetPreference) => (a: Scored, b: Scored | null) => {
  if (!b) return true
  if (a.filled !== b.filled) return a.filled > b.filled
  const parcels = a.result.shipments.length - b.result.shipments.length
  if (parcels !== 0) return parcels < 0
  const [first, second] = prefer === "distance" ? (["distance", "priority"] as const) : (["priority", "distance"] as const)
  if (a[first] !== b[first]) return a[first] < b[first]
  return a[second] < b[second]
}

export interface FewestOptions {
  /** Units a set must place to count; default the whole order. */
  target?: number
  prefer?: SetPreference
}

function score(model: SupplyModel, byIndex: Map<number, AssessedCenter>, members: AssessedCenter[], total: number): Scored {
  const subset = members.map((m) => m.index)
  const result = allocateGreedy(model, subset, members.length)
  // Only centres that actually ship count: a member that adds nothing costs no parcel and no km.
  const shipping = result.shipments.map((s) => byIndex.get(s.center)!)
  return {
    result,
    subset,
    filled: total - unitsLeft(result.remaining),
    distance: shipping.reduce((sum, m) => sum + (m.distanceKm ?? UNKNOWN_DISTANCE_KM), 0),
    priority: shipping.reduce((sum, m) => sum + m.center.priority, 0),
  }
}

/**
 * Smallest number of centres that together place `target` units (default: fill the order); among
 * those the most units, then the closest set. When no set within the cap fills the whole order, the
 * set placing the most units (then fewest parcels, then closest). `ranked` holds eligible centres in
 * strategy order, so ties keep the better-ranked combination. Returns null when a smaller `target`
 * cannot be reached or there are more useful centres than the exact search allows.
 */
export function planFewestShipments(
  model: SupplyModel,
  ranked: AssessedCenter[],
  maxShipments: number
): SubsetPlan
export function planFewestShipments(
  model: SupplyModel,
  ranked: AssessedCenter[],
  maxShipments: number,
  options: FewestOptions
): SubsetPlan | null
export function planFewestShipments(
  model: SupplyModel,
  ranked: AssessedCenter[],
  maxShipments: number,
  options: FewestOptions = {}
): SubsetPlan | null {
  const standalone = ranked.map((a) =>
    model.lines.map((line, l) => unitsAvailable(model, model.stock, a.index, l, line.quantity))
  )
  const usefulRanks = ranked.map((_, r) => r).filter((r) => standalone[r].some((units) => units > 0))
  const useful = usefulRanks.map((r) => ranked[r])
  const total = totalQuantity(model)
  const target = options.target ?? total
  if (useful.length > EXACT_SEARCH_LIMIT) return target < total ? null : planByCoverage(model, useful, maxShipments)

  const seen = usefulRanks.map((r) => standalone[r])
  const byIndex = new Map(useful.map((a) => [a.index, a]))
  const better = isBetter(options.prefer ?? "distance")
  // Cheap upper bound on what a set can place (lines counted independently): prunes most sets.
  const upperBound = (picks: number[]) =>
    model.lines.reduce((sum, line, l) => {
      let units = 0
      for (const p of picks) units += seen[p][l]
      return sum + Math.min(line.quantity, units)
    }, 0)
  const largest = Math.min(maxShipments, useful.length)
  const evaluate = (picks: number[]) => score(model, byIndex, picks.map((p) => useful[p]), total)

  let best: Scored | null = null
  for (let size = 1; size <= largest && !best; size++) {
    for (const picks of combinations(size, useful.length)) {
      if (upperBound(picks) < target) continue
      const candidate = evaluate(picks)
      if (candidate.filled >= target && better(candidate, best)) best = candidate
    }
  }
  if (!best && target < total) return null
  if (!best) {
    // Nothing fills the order within the cap: larger sets first, so the bound prunes smaller ones.
    for (let size = largest; size >= 1; size--) {
      for (const picks of combinations(size, useful.length)) {
        if (best && upperBound(picks) < best.filled) continue
        const candidate = evaluate(picks)
        if (better(candidate, best)) best = candidate
      }
    }
  }
  if (!best) {
    return { shipments: [], remaining: model.lines.map((l) => l.quantity), stop: "exhausted", subset: [], exact: true }
  }
  // Each subset is walked with its own size as the cap, so the real cap's effect is decided here.
  const stop = best.filled === total ? "filled" : useful.length > maxShipments ? "cap" : "exhausted"
  return { ...best.result, stop, subset: best.subset, exact: true }
}

/** Too many centres to try every subset: repeatedly take the centre covering most of what is left. */
function planByCoverage(model: SupplyModel, useful: AssessedCenter[], maxShipments: number): SubsetPlan {
  const stock = model.stock.slice()
  const remaining = model.lines.map((line) => line.quantity)
  const picked: Array<{ rank: number; shipment: Shipment }> = []
  const unused = useful.map((_, rank) => rank)
  while (unitsLeft(remaining) > 0 && picked.length < maxShipments) {
    let bestRank = -1
    let bestUnits = 0
    for (const rank of unused) {
      const units = model.lines.reduce(
        (sum, _, l) => sum + (remaining[l] ? unitsAvailable(model, stock, useful[rank].index, l, remaining[l]) : 0),
        0
      )
      if (units > bestUnits) [bestRank, bestUnits] = [rank, units]
    }
    if (bestRank < 0) break
    unused.splice(unused.indexOf(bestRank), 1)
    const quantities = takeAllAvailable(model, stock, useful[bestRank].index, remaining)
    picked.push({ rank: bestRank, shipment: { center: useful[bestRank].index, quantities } })
  }
  picked.sort((a, b) => a.rank - b.rank)
  const left = unitsLeft(remaining)
  const stop = left === 0 ? "filled" : picked.length >= maxShipments ? "cap" : "exhausted"
  return {
    shipments: picked.map((p) => p.shipment),
    remaining,
    stop,
    subset: picked.map((p) => p.shipment.center),
    exact: false,
  }
}
