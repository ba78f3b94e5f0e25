import type { ShipmentFact } from "./facts"
import { OrderRows, ordersOf, Rate, rateOf, shareOf, shippedAt, sumOf } from "./rows"

const wasBackordered = (fact: ShipmentFact) =>
  fact.stage === "backordered" || fact.stock_location_id === null || fact.backordered_units > 0

/**
 * A part that did not go out as first routed: back-ordered, short-picked, superseded by a
 * re-route, or created by one (routed after a part of the same order that was later superseded).
 */
function missedFirstRouting(fact: ShipmentFact, order: OrderRows): boolean {
  if (fact.stage === "rerouted" || wasBackordered(fact) || fact.short_picked_at !== null) return true
  const routed = fact.routed_at
  return routed !== null && order.all.some((f) => f.stage === "rerouted" && f.routed_at !== null && f.routed_at < routed)
}

type Outcome = "filled" | "missed" | "pending"

const partOutcome = (fact: ShipmentFact, order: OrderRows): Outcome =>
  missedFirstRouting(fact, order) ? "missed" : shippedAt(fact) !== null ? "filled" : "pending"

function orderOutcome(order: OrderRows): Outcome {
  if (order.all.some((f) => missedFirstRouting(f, order))) return "missed"
  return order.open.every((f) => partOutcome(f, order) === "filled") ? "filled" : "pending"
}

export interface FillRates {
  line: Rate
  unit: Rate
  order: Rate
}

/**
 * First-time fill: shipped from the first routing, without a back-order, short pick or re-route.
 * - Line and unit fill: of the lines (units) of open parts (live, not canceled) whose outcome is
 *   known, the share on parts that shipped that way. A part's outcome is known once it shipped
 *   or once it missed (was back-ordered, short-picked, or created by a re-route); a part still
 *   on its way without a miss is not counted yet.
 * - Order fill: of the orders with an open part whose outcome is known, the share whose every
 *   open part shipped that way and none of whose parts (superseded and canceled ones included)
 *   missed. Wholly canceled orders are not counted.
 * Superseded parts are used only as evidence that the order was re-routed, never counted.
 */
export function fillRates(facts: readonly ShipmentFact[]): FillRates {
  const orders = ordersOf(facts).filter((o) => o.open.length > 0)
  const parts = orders.flatMap((order) => order.open.map((fact) => ({ fact, outcome: partOutcome(fact, order) })))
  const known = parts.filter((p) => p.outcome !== "pending")
  const filled = known.filter((p) => p.outcome === "filled")
  const orderOutcomes = orders.map(orderOutcome).filter((o) => o !== "pending")
  return {
    line: rateOf(sumOf(filled, (p) => p.fact.lines), sumOf(known, (p) => p.fact.lines)),
    unit: rateOf(sumOf(filled, (p) => p.fact.units), sumOf(known, (p) => p.fact.units)),
    order: shareOf(orderOutcomes, (o) => o === "filled"),
  }
}

/**
 * Back-order rate: of the orders with a live part (canceled orders too: a back-order is often
 * why an order is canceled), the share that had back-ordered units at any point: a part without
 * a centre, in stage "backordered" or carrying back-ordered units, superseded ones included
 * (a back-order later filled was still a back-order).
 */
export function backOrderRate(facts: readonly ShipmentFact[]): Rate {
  return shareOf(
    ordersOf(facts).filter((o) => o.live.length > 0),
    (order) => order.all.some(wasBackordered)
  )
}
