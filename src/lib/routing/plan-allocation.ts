import type { GreedyResult } from "./allocate"
import type { AssessedCenter } from "./eligibility"
import { planFewestShipments } from "./fewest-shipments"
import { planFewestWithinReach } from "./fewest-within-reach"
import { planLowestCost, type CostSearch } from "./lowest-cost"
import type { CenterRate } from "./shipping-cost"
import type { SupplyModel } from "./supply"
import type { RoutingStrategy } from "./types"

/** single: one centre had everything; split: several centres and/or a back-order; none: nothing to ship. */
export type PlanKind = "single" | "split" | "none"

export interface AllocationPlan extends GreedyResult {
  kind: PlanKind
  /** Greedy strategies: the plan ships fewer parcels than their plain walk, within `reach` (km or priority). */
  trimmed?: { reach: number }
  /** Cost strategy: the search behind the plan, for the explanation. */
  cost?: CostSearch
}

export interface PlanInputs {
  model: SupplyModel
  ranked: AssessedCenter[]
  canFill: boolean[]
  strategy: RoutingStrategy
  maxShipments: number
  byPriority: boolean
  /** Cost strategy only: per centre prices and per line unit weights. */
  rates: CenterRate[]
  weightsG: number[]
}

export function planAllocation(inputs: PlanInputs): AllocationPlan {
  const { model, ranked, canFill, strategy, maxShipments } = inputs
  const quantities = model.lines.map((line) => line.quantity)
  if (quantities.every((q) => q === 0)) {
    return { kind: "none", shipments: [], remaining: quantities, stop: "filled" }
  }
  // The cost strategy weighs one far parcel against two near ones itself.
  if (strategy === "cost") {
    const search = planLowestCost(model, ranked, inputs.rates, inputs.weightsG, maxShipments)
    const single = search.shipments.length === 1 && search.remaining.every((left) => left === 0)
    return { kind: single ? "single" : "split", shipments: search.shipments, remaining: search.remaining, stop: search.stop, cost: search }
  }
  // Every other strategy prefers a single parcel when one centre can send it all: it is never
  // worse on shipments, and among full-stock centres the strategy's own ranking decides.
  const filler = ranked.find((a) => canFill[a.index])
  if (filler) {
    return {
      kind: "single",
      shipments: [{ center: filler.index, quantities }],
      remaining: quantities.map(() => 0),
      stop: "filled",
    }
  }
  if (strategy === "fewest_shipments") {
    const result = planFewestShipments(model, ranked, maxShipments)
    return { kind: "split", shipments: result.shipments, remaining: result.remaining, stop: result.stop }
  }
  const result = planFewestWithinReach(model, ranked, maxShipments, inputs.byPriority)
  return {
    kind: "split",
    shipments: result.shipments,
    remaining: result.remaining,
    stop: result.stop,
    ...(result.trimmed ? { trimmed: { reach: result.reach } } : {}),
  }
}
