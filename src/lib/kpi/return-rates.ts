import type { ReturnedLineFact, ShipmentFact } from "./facts"
import { ordersOf, Rate, rateOf, shippedAt, sumOf } from "./rows"

export interface ReturnRates {
  units: Rate
  orders: Rate
}

/**
 * Return rates, whatever the cause, over the orders with at least one open part that has shipped:
 * - units: units returned / units shipped on their open parts;
 * - orders: orders with any unit returned / those orders.
 * A return counts whenever it arrives, before delivery too (a parcel refused and sent back).
 * Returns of orders not among the facts are ignored, so the caller picks the period by orders.
 */
export function returnRates(facts: readonly ShipmentFact[], returns: readonly ReturnedLineFact[]): ReturnRates {
  const shipped = ordersOf(facts)
    .map((order) => order.open.filter((f) => shippedAt(f) !== null))
    .filter((parts) => parts.length > 0)
  const returnedUnits = new Map<string, number>()
  for (const line of returns) if (line.units > 0) returnedUnits.set(line.order_id, (returnedUnits.get(line.order_id) ?? 0) + line.units)
  const returnedOf = (parts: ShipmentFact[]) => returnedUnits.get(parts[0].order_id) ?? 0
  return {
    units: rateOf(sumOf(shipped, returnedOf), sumOf(shipped, (parts) => sumOf(parts, (f) => f.units))),
    orders: rateOf(shipped.filter((parts) => returnedOf(parts) > 0).length, shipped.length),
  }
}
