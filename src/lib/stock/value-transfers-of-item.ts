import { runSteps, type Steps } from "../cooperative"
import type { RoutingStrategy, StockView } from "../routing/types"
import { replayOrdersSteps, type ReplayOrder, type ReplaySettings, type Router } from "../simulation"
import { StockInputError } from "./reorder-point"
import { applyTransfer, replayTotals, transferValueOf, type StockTransfer, type TransferValue } from "./value-transfer"

/** True when one of the order's lines needs the inventory item (kits included). */
export const orderHoldsItem = (order: ReplayOrder, inventoryItemId: string) =>
  order.lines.some((line) => line.components.some((c) => c.inventory_item_id === inventoryItemId))

/** The stock of only the given items, at every centre (a copy the replays may consume). */
function stockOfItems(stock: StockView, items: Set<string>): StockView {
  const out: StockView = {}
  for (const [location, held] of Object.entries(stock)) {
    const kept: Record<string, number> = {}
    for (const item of items) if (held[item] !== undefined) kept[item] = held[item]
    out[location] = kept
  }
  return out
}

/**
 * Values transfers of ONE inventory item by replaying only the orders that hold it, once
 * without any transfer (shared by all of them) and once with each. A transfer of the item can
 * only change the decisions of orders that need it, so this equals the full replay of every
 * order whenever the other orders share no item with these and the centres have no daily
 * capacity (property-tested). What it leaves out: stock of a co-bought item that other orders
 * used up in between, and the daily capacity other orders took.
 */
export function* valueTransfersOfItemSteps(
  orders: readonly ReplayOrder[],
  stock: StockView,
  inventoryItemId: string,
  transfers: readonly StockTransfer[],
  strategy: RoutingStrategy,
  settings: ReplaySettings,
  route?: Router
): Steps<TransferValue[]> {
  for (const t of transfers) {
    if (t.inventory_item_id !== inventoryItemId) {
      throw new StockInputError("inventory_item_id", `a transfer of ${t.inventory_item_id} is not one of ${inventoryItemId}`)
    }
  }
  const own = orders.filter((o) => orderHoldsItem(o, inventoryItemId))
  const items = new Set(own.flatMap((o) => o.lines.flatMap((l) => l.components.map((c) => c.inventory_item_id))))
  items.add(inventoryItemId)
  const start = stockOfItems(stock, items)
  const without = replayTotals(yield* replayOrdersSteps(own, start, strategy, settings, route))
  const values: TransferValue[] = []
  for (const transfer of transfers) {
    const withIt = replayTotals(yield* replayOrdersSteps(own, applyTransfer(start, transfer), strategy, settings, route))
    values.push(transferValueOf(without, withIt))
  }
  return values
}

export const valueTransfersOfItem = (...args: Parameters<typeof valueTransfersOfItemSteps>) =>
  runSteps(valueTransfersOfItemSteps(...args))

/**
 * The ranking: more kilometres saved first, then more back-ordered units saved, then more
 * parcels saved. `transferScore` is the first key, stored for the list's sort; the list's
 * query breaks ties with the other two in the same order.
 */
export function compareTransferValues(a: TransferValue, b: TransferValue): number {
  return b.km_saved - a.km_saved || b.backorders_saved - a.backorders_saved || b.parcels_saved - a.parcels_saved
}

/** Kilometres saved, to 0.1 km (the router's own precision, so float noise does not reorder ties). */
export const transferScore = (value: TransferValue) => Math.round(value.km_saved * 10) / 10
