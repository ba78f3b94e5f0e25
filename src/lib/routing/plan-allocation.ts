import { allocateGreedy, type GreedyResult } from "./allocate"
import type { AssessedCenter } from "./eligibility"
import { planFewestShipments } from "./fewest-shipments"
import type { SupplyModel } from "./supply"
import type { RoutingStrategy } from "./types"

/** single: one centre had everything; split: several centres and/or a back-order; none: nothing to ship. */
export type PlanKind = "single" | "split" | "none"

export interface AllocationPlan extends GreedyResult {
  kind: PlanKind
}

export function planAllocation(
  model: SupplyModel,
  ranked: AssessedCenter[],
  canFill: boolean[],
  strategy: RoutingStrategy,
  maxShipments: number
): AllocationPlan {
  const quantities = model.lines.map((line) => line.quantity)
  if (quantities.every((q) => q === 0)) {
    return { kind: "none", shipments: [], remaining: quantities, stop: "filled" }
  }
  // Every strategy prefers a single parcel when one centre can send it all: it is never worse on
  // shipments, and among full-stock centres the strategy's own ranking decides.
  const filler = ranked.find((a) => canFill[a.index])
  if (filler) {
    return {
      kind: "single",
      shipments: [{ center: filler.index, quantities }],
      remaining: quantities.map(() => 0),
      stop: "filled",
    }
  }
  const result =
    strategy === "fewest_shipments"
      ? planFewestShipments(model, ranked, maxShipments)
      : allocateGreedy(model, ranked.map((a) => a.index), maxShipments)
  return { kind: "split", shipments: result.shipments, remaining: result.remaining, stop: result.stop }
}
