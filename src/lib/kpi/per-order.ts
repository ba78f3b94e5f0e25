import type { ShipmentFact } from "./facts"
import { isShippedOrder, OrderRows, ordersOf, Rate, shareOf, sumOf } from "./rows"

/** A total over some orders and the average per order (null for no orders). */
export interface PerOrder {
  total: number
  orders: number
  average: number | null
}

const perOrder = (orders: readonly OrderRows[], value: (order: OrderRows) => number): PerOrder => {
  const total = sumOf(orders, value)
  return { total, orders: orders.length, average: orders.length ? total / orders.length : null }
}

const openCentreParts = (order: OrderRows) => order.open.filter((f) => f.stock_location_id !== null)

/**
 * Split-shipment rate: of the orders with an open part at a centre (live, not canceled, not
 * back-ordered), the share with two or more such parts. The back-ordered part is not a split.
 */
export function splitShipmentRate(facts: readonly ShipmentFact[]): Rate {
  const orders = ordersOf(facts).filter((o) => openCentreParts(o).length > 0)
  return shareOf(orders, (o) => openCentreParts(o).length >= 2)
}

/** Parcels per order: cartons of the open parts, over the orders whose every open part has shipped. */
export function parcelsPerOrder(facts: readonly ShipmentFact[]): PerOrder {
  return perOrder(ordersOf(facts).filter(isShippedOrder), (o) => sumOf(o.open, (f) => f.parcels))
}

/**
 * Fulfilment cost per order: carton and parcel cost of the open parts, over the orders whose
 * every open part has shipped and has a known cost (an order with any unknown cost is left out,
 * not counted as free).
 */
export function costPerOrder(facts: readonly ShipmentFact[]): PerOrder {
  const orders = ordersOf(facts).filter((o) => isShippedOrder(o) && o.open.every((f) => f.cost !== null))
  return perOrder(orders, (o) => sumOf(o.open, (f) => f.cost!))
}
