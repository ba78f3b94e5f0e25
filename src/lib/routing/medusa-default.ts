import { roundKm } from "../geo/haversine"
import { assessCenters } from "./eligibility"
import { buildSupplyModel, canFillOrder, stockSeen, takeUnits, unitsAvailable } from "./supply"
import type { CandidateExplanation, RoutingDecision, RoutingInput } from "./types"

export const MEDUSA_DEFAULT_RULE =
  "Medusa default: each line reserved at the first linked centre with enough stock for the whole line (distance, active flag and capacity ignored)"

/**
 * Baseline: what Medusa 2.21's cart completion does (prepareConfirmInventoryInput + reserveInventoryStep
 * take the first location, in sales-channel link order, with enough stock; otherwise the first linked
 * one). Lines are never split. Unlike Medusa, which checks every line against the same database
 * snapshot, units are consumed across lines here so the baseline's back-orders are counted honestly.
 */
export function medusaDefaultRouting(input: RoutingInput): RoutingDecision {
  const assessed = assessCenters({ ...input, forced_location_id: null })
  const model = buildSupplyModel(input.lines, input.centers, input.stock)
  const linkOrder = assessed
    .map((a) => a.index)
    .sort((a, b) => {
      const [x, y] = [input.centers[a], input.centers[b]]
      return x.link_rank - y.link_rank || (x.stock_location_id < y.stock_location_id ? -1 : x.stock_location_id > y.stock_location_id ? 1 : 0)
    })
  const stock = model.stock.slice()
  const shipped = new Map<number, number[]>()
  const remaining = model.lines.map(() => 0)
  const reasons = new Map<number, string[]>()
  let shortCenter: number | null = null

  model.lines.forEach((line, l) => {
    if (line.quantity === 0) return
    if (!linkOrder.length) return void (remaining[l] = line.quantity)
    const enough = linkOrder.find((c) => unitsAvailable(model, stock, c, l, line.quantity) === line.quantity)
    const center = enough ?? linkOrder[0]
    const units = unitsAvailable(model, stock, center, l, line.quantity)
    takeUnits(model, stock, center, l, units)
    remaining[l] = line.quantity - units
    if (units > 0) {
      if (!shipped.has(center)) shipped.set(center, model.lines.map(() => 0))
      shipped.get(center)![l] = units
    }
    if (remaining[l] > 0 && shortCenter === null) shortCenter = center
    const note = enough !== undefined
      ? `line ${line.id}: first linked centre with enough stock`
      : `line ${line.id}: reserved without enough stock (${units} of ${line.quantity}) at the first linked centre`
    reasons.set(center, [...(reasons.get(center) ?? []), note])
  })

  const allocations = [...shipped].map(([center, quantities]) => {
    const distance = assessed[center].distanceKm
    return {
      stock_location_id: input.centers[center].stock_location_id,
      distance_km: distance === null ? null : roundKm(distance),
      items: model.lines
        .map((line, l) => ({ line_item_id: line.id, quantity: quantities[l] }))
        .filter((item) => item.quantity > 0),
    }
  })
  const backordered = model.lines
    .map((line, l) => ({ line_item_id: line.id, quantity: remaining[l] }))
    .filter((item) => item.quantity > 0)

  const candidates: CandidateExplanation[] = assessed.map((a) => {
    const seen = stockSeen(model, a.index)
    const notes = reasons.get(a.index)
    return {
      stock_location_id: a.center.stock_location_id,
      name: a.center.name,
      distance_km: a.distanceKm === null ? null : roundKm(a.distanceKm),
      priority: a.center.priority,
      stock_seen: Object.fromEntries(model.lines.map((line, l) => [line.id, seen[l]])),
      can_fill_order: canFillOrder(model, a.index),
      // A line reserved at a centre with no stock at all is a pure back-order: no parcel leaves there.
      outcome: shipped.has(a.index) ? "chosen" : "lost",
      reason: notes ? `Medusa default — ${notes.join("; ")}` : "Medusa default: an earlier linked centre took every line",
    }
  })

  return {
    strategy: input.strategy,
    allocations,
    backordered,
    backorder_location_id:
      shortCenter === null ? null : input.centers[shortCenter].stock_location_id,
    rule: MEDUSA_DEFAULT_RULE,
    destination: input.destination,
    candidates,
    // Medusa never looks at priority, so there is nothing to fall back to.
    fell_back_to_priority: false,
  }
}
