import { allocateGreedy, unitsLeft, type GreedyResult, type Shipment } from "./allocate"
import type { AssessedCenter } from "./eligibility"
import { EXACT_SEARCH_LIMIT, planFewestShipments, UNKNOWN_DISTANCE_KM } from "./fewest-shipments"
import type { CenterRate } from "./shipping-cost"
import { totalQuantity, unitsAvailable, type SupplyModel } from "./supply"

/** One candidate set of centres, priced. Centres are input indices. */
export interface PricedSet {
  result: GreedyResult
  filled: number
  lateUnits: number
  parcelCost: number
  weightCost: number
  total: number
  distance: number
  priority: number
}

export interface CostSearch extends GreedyResult {
  best: PricedSet | null
  /** Per centre (input index): the best set in which it ships. */
  bestWith: Map<number, PricedSet>
  exact: boolean
}

const EPSILON = 1e-6

/**
 * The cost strategy's order of preference: more units placed (a back-order is a lost sale, never a
 * saving), then fewer units leaving later than the shipping option promises, then the lower total
 * cost, then fewer parcels, shorter total distance, better priority.
 */
export function isCheaper(a: PricedSet, b: PricedSet | undefined | null): boolean {
  if (!b) return true
  if (a.filled !== b.filled) return a.filled > b.filled
  if (a.lateUnits !== b.lateUnits) return a.lateUnits < b.lateUnits
  if (Math.abs(a.total - b.total) > EPSILON) return a.total < b.total
  const parcels = a.result.shipments.length - b.result.shipments.length
  if (parcels !== 0) return parcels < 0
  if (a.distance !== b.distance) return a.distance < b.distance
  return a.priority < b.priority
}

export function priceShipments(
  shipments: Shipment[],
  rates: CenterRate[],
  weightsKg: number[]
): Omit<PricedSet, "result" | "filled" | "distance" | "priority"> {
  let parcelCost = 0
  let weightCost = 0
  let lateUnits = 0
  for (const { center, quantities } of shipments) {
    const rate = rates[center]
    const kg = quantities.reduce((sum, units, l) => sum + units * weightsKg[l], 0)
    parcelCost += rate.per_parcel
    weightCost += kg * rate.per_kg
    if (rate.late) lateUnits += unitsLeft(quantities)
  }
  return { parcelCost, weightCost, total: parcelCost + weightCost, lateUnits }
}

/**
 * Exact lowest cost (for up to EXACT_SEARCH_LIMIT useful centres): every set of at most
 * `maxShipments` centres is tried, and inside a set each unit goes to the member that ships it on
 * time and cheapest per kg. That is optimal for the set when lines do not share inventory items
 * (each line then fills from its best members independently), and a member that ends up shipping
 * nothing is just a smaller set, which is tried too: the best over all sets is the optimum. With
 * more useful centres the search keeps the cheapest EXACT_SEARCH_LIMIT by per-kg price, and also
 * weighs the largest-coverage plan over all of them, so no unit is back-ordered for the shortcut.
 */
export function planLowestCost(
  model: SupplyModel,
  ranked: AssessedCenter[],
  rates: CenterRate[],
  weightsG: number[],
  maxShipments: number
): CostSearch {
  const weightsKg = weightsG.map((g) => g / 1000)
  const rankOf = new Map(ranked.map((a, r) => [a.index, r]))
  const cheapestFirst = (a: AssessedCenter, b: AssessedCenter) =>
    Number(rates[a.index].late) - Number(rates[b.index].late) ||
    rates[a.index].per_kg - rates[b.index].per_kg ||
    rankOf.get(a.index)! - rankOf.get(b.index)!
  const useful = ranked
    .filter((a) => model.lines.some((line, l) => unitsAvailable(model, model.stock, a.index, l, line.quantity) > 0))
    .sort(cheapestFirst)
  const exact = useful.length <= EXACT_SEARCH_LIMIT
  const members = useful.slice(0, EXACT_SEARCH_LIMIT)
  const total = totalQuantity(model)
  const byIndex = new Map(ranked.map((m) => [m.index, m]))
  const bestWith = new Map<number, PricedSet>()
  let best: PricedSet | null = null
  const consider = (result: GreedyResult) => {
    const shipping = result.shipments.map((s) => byIndex.get(s.center)!)
    const priced: PricedSet = {
      result,
      filled: total - unitsLeft(result.remaining),
      ...priceShipments(result.shipments, rates, weightsKg),
      distance: shipping.reduce((sum, m) => sum + (m.distanceKm ?? UNKNOWN_DISTANCE_KM), 0),
      priority: shipping.reduce((sum, m) => sum + m.center.priority, 0),
    }
    if (isCheaper(priced, best)) best = priced
    for (const s of result.shipments) if (isCheaper(priced, bestWith.get(s.center))) bestWith.set(s.center, priced)
  }

  for (let mask = 1; mask < 1 << members.length; mask++) {
    const picks = members.filter((_, i) => mask & (1 << i))
    if (picks.length <= maxShipments) consider(allocateGreedy(model, picks.map((m) => m.index), picks.length))
  }
  // Beyond the exact search, centres left out may still be needed to place every unit.
  if (!exact) consider(planFewestShipments(model, useful, maxShipments))
  // Assigned inside `consider`, which the compiler's narrowing does not follow.
  const chosen = best as PricedSet | null
  if (!chosen) return { shipments: [], remaining: model.lines.map((l) => l.quantity), stop: "exhausted", best: null, bestWith, exact }
  // Parcels listed in the strategy's ranking (closest first), like the other strategies.
  const shipments = [...chosen.result.shipments].sort((a, b) => rankOf.get(a.center)! - rankOf.get(b.center)!)
  const stop = chosen.filled === total ? "filled" : useful.length > maxShipments ? "cap" : "exhausted"
  return { shipments, remaining: chosen.result.remaining, stop, best: chosen, bestWith, exact }
}
