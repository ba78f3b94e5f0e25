import { orderDistanceKm } from "../routing/metrics"
import type { RoutingStrategy, StockView } from "../routing/types"
import { replayOrders, type ReplayOrder, type ReplaySettings, type Router } from "../simulation"
import { StockInputError } from "./reorder-point"

/** A move of one inventory item's units between two centres. */
export interface StockTransfer {
  inventory_item_id: string
  from: string
  to: string
  units: number
}

/** What a history of orders cost to ship, as the router decides it. */
export interface ReplayTotals {
  orders: number
  /** Σ of each order's farthest parcel, over the orders with known distances. */
  km: number
  parcels: number
  split_orders: number
  backordered_units: number
}

export interface TransferValue {
  without: ReplayTotals
  with: ReplayTotals
  /** without − with: positive is better with the transfer. */
  km_saved: number
  parcels_saved: number
  splits_saved: number
  backorders_saved: number
}

/** The stock with the transfer made (a copy). Refuses moving more than `from` holds. */
export function applyTransfer(stock: StockView, t: StockTransfer): StockView {
  if (!(Number.isInteger(t.units) && t.units > 0)) throw new StockInputError("units", `units must be a whole number above 0, got ${t.units}`)
  const held = stock[t.from]?.[t.inventory_item_id] ?? 0
  if (t.units > held) throw new StockInputError("units", `only ${held} units of the item are at the sending centre`)
  const out: StockView = {}
  for (const [location, items] of Object.entries(stock)) out[location] = { ...items }
  out[t.from][t.inventory_item_id] = held - t.units
  out[t.to] = { ...(out[t.to] ?? {}), [t.inventory_item_id]: (out[t.to]?.[t.inventory_item_id] ?? 0) + t.units }
  return out
}

/** Kilometres, parcels, splits and back-orders of replayed decisions. */
export function replayTotals(decisions: ReturnType<typeof replayOrders>): ReplayTotals {
  let km = 0
  let parcels = 0
  let split_orders = 0
  let backordered_units = 0
  for (const d of decisions) {
    km += orderDistanceKm(d) ?? 0
    parcels += d.allocations.length
    if (d.allocations.length > 1) split_orders++
    for (const b of d.backordered) backordered_units += b.quantity
  }
  return { orders: decisions.length, km, parcels, split_orders, backordered_units }
}

/**
 * What a transfer would have changed on past orders: the same orders replayed through the same
 * strategy from the same starting stock, once as it was and once with the transfer made first.
 * The difference is the transfer's value in kilometres, parcels, split orders and back-orders.
 */
export function valueTransfer(
  orders: ReplayOrder[],
  stock: StockView,
  transfer: StockTransfer,
  strategy: RoutingStrategy,
  settings: ReplaySettings,
  route?: Router
): TransferValue {
  const without = replayTotals(replayOrders(orders, stock, strategy, settings, route))
  const withIt = replayTotals(replayOrders(orders, applyTransfer(stock, transfer), strategy, settings, route))
  return transferValueOf(without, withIt)
}

/** The value of a transfer from the totals of the replays without and with it. */
export function transferValueOf(without: ReplayTotals, withIt: ReplayTotals): TransferValue {
  return {
    without,
    with: withIt,
    km_saved: without.km - withIt.km,
    parcels_saved: without.parcels - withIt.parcels,
    splits_saved: without.split_orders - withIt.split_orders,
    backorders_saved: without.backordered_units - withIt.backordered_units,
  }
}
