import { runStepsInSlices, type Steps } from "../../lib/cooperative"
import {
  pickTransfersToValue,
  suggestTransfers,
  valueTransfersOfItemSteps,
  type CentreStock,
  type StockTransfer,
  type TransferValue,
} from "../../lib/stock"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import {
  loadCentreStock,
  loadLocalDemand,
  loadLocatedCentres,
  loadReplayOrders,
  loadStockedQuantities,
} from "./load-placement-inputs"

const DAY_MS = 86_400_000

export interface ValuedTransfer {
  transfer: StockTransfer
  value: TransferValue
}

/**
 * A valuation run's work: suggestions from the stock-health rows against local demand over the
 * last `days`, the `limit` most promising of them replayed through the store's routing strategy
 * with and without each (only the orders holding the item, see valueTransfersOfItem). Reports
 * progress after each item. CPU work runs in slices so the process keeps serving requests.
 */
export async function valueSuggestions(
  container: { resolve: (key: string) => any },
  params: { days: number; limit: number; now?: Date; onProgress: (done: number, total: number) => Promise<void> }
): Promise<{ orders: number; valued: ValuedTransfer[] }> {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const options = oms.getOptions()
  const since = new Date((params.now ?? new Date()).getTime() - params.days * DAY_MS)

  const centres = await loadLocatedCentres(container)
  const { units, orders } = await loadLocalDemand(container, since, centres)
  const stockByItem = await loadCentreStock(container, units, params.days)
  const suggested = await runStepsInSlices(suggestAll(stockByItem, options.stock.transferCoverDays), { sliceMs: 20 })
  const points = Object.fromEntries(centres.map((c) => [c.stock_location_id, c.point]))
  const candidates = pickTransfersToValue(suggested, points, params.limit)

  const itemIds = [...new Set(candidates.map((t) => t.inventory_item_id))]
  const replayOrders = await loadReplayOrders(container, since, itemIds)
  const coItems = new Set(itemIds)
  for (const o of replayOrders) for (const l of o.lines) for (const c of l.components) coItems.add(c.inventory_item_id)
  const stock = await loadStockedQuantities(container, [...coItems])
  // the health rows may be a few minutes old: never value moving more than the sender stocks now
  const picked = candidates
    .map((t) => ({ ...t, units: Math.min(t.units, Math.floor(stock[t.from]?.[t.inventory_item_id] ?? 0)) }))
    .filter((t) => t.units > 0)
  await params.onProgress(0, picked.length)
  const byItem = new Map<string, StockTransfer[]>()
  for (const t of picked) byItem.set(t.inventory_item_id, [...(byItem.get(t.inventory_item_id) ?? []), t])

  const routing = await oms.routingSettings()
  const settings = { max_shipments: routing.max_shipments, costs: routing.costs }
  const valued: ValuedTransfer[] = []
  for (const [itemId, transfers] of byItem) {
    const values = await runStepsInSlices(
      valueTransfersOfItemSteps(replayOrders, stock, itemId, transfers, routing.strategy, settings),
      { sliceMs: 20 }
    )
    transfers.forEach((transfer, i) => valued.push({ transfer, value: values[i] }))
    await params.onProgress(valued.length, picked.length)
  }
  return { orders, valued }
}

/** Every item's suggestions, a step per item (5,000 items take a few hundred ms). */
function* suggestAll(stockByItem: Map<string, CentreStock[]>, coverDays: number): Steps<StockTransfer[]> {
  const out: StockTransfer[] = []
  for (const [inventory_item_id, view] of stockByItem) {
    yield
    for (const s of suggestTransfers(view, coverDays)) out.push({ inventory_item_id, ...s })
  }
  return out
}
