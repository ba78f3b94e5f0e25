import { isValidGeoPoint, roundKm } from "../geo/haversine"
import type { Said } from "./phrases"
import type { DecisionContext } from "./decision-context"
import { assessCenters } from "./eligibility"
import { explainCandidates } from "./explain-candidates"
import { describeRule } from "./explain-rule"
import { planAllocation } from "./plan-allocation"
import { ranksByPriority, rankEligibleCenters } from "./rank-centers"
import { centerRates, lineWeightsG } from "./shipping-cost"
import { buildSupplyModel, canFillOrder, stockSeen } from "./supply"
import type { Allocation, AllocationItem, RoutingDecision, RoutingInput } from "./types"

/** A cap below one would forbid shipping at all; bad settings fall back to one shipment. */
const sanitizeCap = (cap: number) => (Number.isFinite(cap) && cap >= 1 ? Math.floor(cap) : 1)

/**
 * Decide which fulfilment centre(s) ship an order. Pure and deterministic: never throws for data
 * reasons (bad data shows up as back-orders and reasons), never mutates the input.
 */
export function decideRouting(input: RoutingInput): RoutingDecision {
  const destinationKnown = isValidGeoPoint(input.destination?.point)
  const assessed = assessCenters(input)
  const ranked = rankEligibleCenters(assessed, input.strategy, destinationKnown)
  const model = buildSupplyModel(input.lines, input.centers, input.stock)
  const canFill = assessed.map((a) => canFillOrder(model, a.index))
  const maxShipments = sanitizeCap(input.max_shipments)
  const byPriority = ranksByPriority(input.strategy, destinationKnown)
  const rates = centerRates(input, assessed)
  const plan = planAllocation({
    model,
    ranked,
    canFill,
    strategy: input.strategy,
    maxShipments,
    byPriority,
    rates,
    weightsG: lineWeightsG(input),
  })
  const ctx: DecisionContext = {
    input,
    assessed,
    ranked,
    model,
    plan,
    seen: assessed.map((a) => stockSeen(model, a.index)),
    canFill,
    byPriority,
    fellBack: !destinationKnown,
    maxShipments,
  }

  const allocations: Allocation[] = plan.shipments.map((shipment) => {
    const distance = assessed[shipment.center].distanceKm
    return {
      stock_location_id: input.centers[shipment.center].stock_location_id,
      distance_km: distance === null ? null : roundKm(distance),
      items: model.lines
        .map((line, l) => ({ line_item_id: line.id, quantity: shipment.quantities[l] }))
        .filter((item) => item.quantity > 0),
    }
  })
  const backordered: AllocationItem[] = model.lines
    .map((line, l) => ({ line_item_id: line.id, quantity: plan.remaining[l] }))
    .filter((item) => item.quantity > 0)
  // Back-ordered units are reserved where the rest of the order ships, so they travel together later.
  const backorderHolder = allocations[0]?.stock_location_id ?? ranked[0]?.center.stock_location_id ?? null

  return {
    strategy: input.strategy,
    allocations,
    backordered,
    backorder_location_id: backordered.length ? backorderHolder : null,
    ...ruleFields(describeRule(ctx)),
    destination: input.destination,
    candidates: explainCandidates(ctx),
    fell_back_to_priority: !destinationKnown,
  }
}

const ruleFields = (rule: Said) => ({ rule: rule.text, rule_phrases: rule.phrases })
