import { exactPercentile } from "../kpi/percentile"
import type { RoutingDecision } from "./types"

export interface DecisionSummary {
  orders: number
  /** Per order, the distance of its farthest parcel (the customer waits for the last one). */
  mean_km: number | null
  p90_km: number | null
  /** Share of orders shipped in more than one parcel. */
  split_rate: number
  /** Lines with any back-ordered units, counted once per order. */
  unfillable_lines: number
  unfillable_units: number
  /** Orders that ship at least one parcel from each centre. */
  load: Record<string, number>
}

/** Nearest-rank percentile (p in 0..100); null for no values. */
export function percentile(values: number[], p: number): number | null {
  // one nearest-rank rule for the whole plugin (lib/kpi); here p is clamped instead of refused
  return exactPercentile(values, Math.min(100, Math.max(0, p)))
}

/** Farthest parcel, or null when the order ships nothing or any parcel's distance is unknown. */
export function orderDistanceKm(decision: RoutingDecision): number | null {
  if (!decision.allocations.length) return null
  let farthest = 0
  for (const allocation of decision.allocations) {
    if (allocation.distance_km === null) return null
    farthest = Math.max(farthest, allocation.distance_km)
  }
  return farthest
}

export function summarizeDecisions(decisions: RoutingDecision[]): DecisionSummary {
  const distances: number[] = []
  const load: Record<string, number> = {}
  let splits = 0
  let unfillableLines = 0
  let unfillableUnits = 0
  for (const decision of decisions) {
    const km = orderDistanceKm(decision)
    if (km !== null) distances.push(km)
    if (decision.allocations.length > 1) splits++
    const lines = new Set<string>()
    for (const item of decision.backordered) {
      lines.add(item.line_item_id)
      unfillableUnits += item.quantity
    }
    unfillableLines += lines.size
    for (const id of new Set(decision.allocations.map((a) => a.stock_location_id))) {
      load[id] = (load[id] ?? 0) + 1
    }
  }
  return {
    orders: decisions.length,
    mean_km: distances.length ? distances.reduce((a, b) => a + b, 0) / distances.length : null,
    p90_km: percentile(distances, 90),
    split_rate: decisions.length ? splits / decisions.length : 0,
    unfillable_lines: unfillableLines,
    unfillable_units: unfillableUnits,
    load,
  }
}
