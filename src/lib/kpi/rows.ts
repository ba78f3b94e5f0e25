import { isLive, isOpen } from "../journey/stages"
import type { ShipmentFact } from "./facts"

/**
 * When a part left the centre. A part marked delivered in Medusa's admin without a shipped
 * event left at the latest when it was delivered, so that time stands in.
 */
export const shippedAt = (fact: ShipmentFact): Date | null => fact.shipped_at ?? fact.delivered_at

/** A part that still has to reach the customer or has: live (not superseded) and not canceled. */
export const isOpenFact = (fact: ShipmentFact) => isOpen(fact.stage)
export const isLiveFact = (fact: ShipmentFact) => isLive(fact.stage)

/** An order's rows: all of them (superseded ones too), the live ones and the open ones. */
export interface OrderRows {
  order_id: string
  placed_at: Date
  all: ShipmentFact[]
  live: ShipmentFact[]
  open: ShipmentFact[]
}

/** The facts grouped by order, in the order the orders first appear. */
export function ordersOf(facts: readonly ShipmentFact[]): OrderRows[] {
  const orders = new Map<string, OrderRows>()
  for (const fact of facts) {
    let order = orders.get(fact.order_id)
    if (!order) {
      order = { order_id: fact.order_id, placed_at: fact.placed_at, all: [], live: [], open: [] }
      orders.set(fact.order_id, order)
    }
    order.all.push(fact)
    if (fact.placed_at < order.placed_at) order.placed_at = fact.placed_at
    if (isLiveFact(fact)) order.live.push(fact)
    if (isOpenFact(fact)) order.open.push(fact)
  }
  return [...orders.values()]
}

/** A share with what it is made of, so that days can be added up before dividing. */
export interface Rate {
  numerator: number
  denominator: number
  /** numerator / denominator; null when the denominator is 0. */
  rate: number | null
}

export const rateOf = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  rate: denominator > 0 ? numerator / denominator : null,
})

/** The share of `items` that `test` accepts. */
export const shareOf = <T>(items: readonly T[], test: (item: T) => boolean): Rate =>
  rateOf(items.filter(test).length, items.length)

export const sumOf = <T>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((total, item) => total + value(item), 0)

/** An order whose every open part has shipped (at least one part). */
export const isShippedOrder = (order: OrderRows) => order.open.length > 0 && order.open.every((f) => shippedAt(f) !== null)
