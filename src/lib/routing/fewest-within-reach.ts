import { allocateGreedy, unitsLeft, type GreedyResult } from "./allocate"
import type { AssessedCenter } from "./eligibility"
import { planFewestShipments } from "./fewest-shipments"
import { totalQuantity, type SupplyModel } from "./supply"

/**
 * How far down its own ranking a greedy strategy reaches for one centre: distance for
 * closest_full_stock (the customer waits for the farthest parcel; an unknown distance is worse
 * than any known one), the merchant's priority number when ranking by priority.
 */
export function reachOf(center: AssessedCenter, byPriority: boolean): number {
  if (byPriority) return center.center.priority
  return center.distanceKm ?? Number.POSITIVE_INFINITY
}

export interface ReachPlan extends GreedyResult {
  /** The worst reach among the centres that ship. */
  reach: number
  /** True when fewer parcels than the plain walk in rank order were found. */
  trimmed: boolean
}

/**
 * The greedy strategies (closest_full_stock, priority) walk centres in rank order and let each
 * take what it can. Their own objective is, in this order: the units placed, then the reach —
 * the worst rank key of a centre that ships (farthest distance, or highest priority number).
 * The walk can open a parcel at an early centre that a later, still-needed centre could have
 * covered (a Semarang order shipped from Surabaya + Jakarta + Makassar when Jakarta + Makassar
 * hold everything, with the same farthest parcel). So after the walk we take, among all sets of
 * centres within its reach that place at least as many units (within the cap), one with the
 * fewest parcels: exact subset search, ties to the most units, then the strategy's preference.
 * The walk's own set is one of those sets, so this is never worse on units, reach or parcels.
 */
export function planFewestWithinReach(
  model: SupplyModel,
  ranked: AssessedCenter[],
  maxShipments: number,
  byPriority: boolean
): ReachPlan {
  const walk = allocateGreedy(model, ranked.map((a) => a.index), maxShipments)
  const shipping = new Set(walk.shipments.map((s) => s.center))
  const reach = Math.max(...ranked.filter((a) => shipping.has(a.index)).map((a) => reachOf(a, byPriority)))
  const plain = { ...walk, reach, trimmed: false }
  if (walk.shipments.length < 2) return plain

  const placed = totalQuantity(model) - unitsLeft(walk.remaining)
  const withinReach = ranked.filter((a) => reachOf(a, byPriority) <= reach)
  const fewest = planFewestShipments(model, withinReach, maxShipments, {
    target: placed,
    prefer: byPriority ? "priority" : "distance",
  })
  if (!fewest || fewest.shipments.length >= walk.shipments.length) return plain
  const used = new Set(fewest.shipments.map((s) => s.center))
  return {
    shipments: fewest.shipments,
    remaining: fewest.remaining,
    stop: walk.stop,
    reach: Math.max(...withinReach.filter((a) => used.has(a.index)).map((a) => reachOf(a, byPriority))),
    trimmed: true,
  }
}
