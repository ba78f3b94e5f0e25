import { csat } from "./csat"
import { orderCycleTimes, stageCycleTimes } from "./cycle-times"
import type { CentreCalendars, ReturnedLineFact, ShipmentFact } from "./facts"
import { backOrderRate, fillRates } from "./fill-rates"
import { onTimeDeliveryRate, onTimeShipmentRate } from "./on-time"
import { costPerOrder, parcelsPerOrder, splitShipmentRate } from "./per-order"
import { orderAccuracy, perfectOrders } from "./perfect-order"
import { pickAccuracy } from "./pick-accuracy"
import { returnRates } from "./return-rates"
import { packsPerHour, picksPerHour } from "./throughput"

/**
 * Every KPI the fulfilment dashboard shows for one period, from the facts of the orders placed
 * in it: the one list of what the dashboard means by its tiles. Each value is the definition's
 * own result (see the file it comes from); nothing is recomputed here.
 */
export function kpiSummary(
  facts: readonly ShipmentFact[],
  returns: readonly ReturnedLineFact[],
  calendars: CentreCalendars,
  now: Date,
  ratings: readonly number[] = []
) {
  const orders = new Set(facts.map((f) => f.order_id))
  return {
    orders: orders.size,
    shipments: facts.filter((f) => f.stage !== "rerouted").length,
    cycle_times: orderCycleTimes(facts),
    stage_times: stageCycleTimes(facts),
    on_time_shipment: onTimeShipmentRate(facts, calendars, now),
    on_time_delivery: onTimeDeliveryRate(facts, calendars, now),
    perfect_orders: perfectOrders(facts, returns, calendars),
    order_accuracy: orderAccuracy(facts, returns),
    pick_accuracy: pickAccuracy(facts, returns),
    fill_rates: fillRates(facts),
    back_order_rate: backOrderRate(facts),
    split_shipment_rate: splitShipmentRate(facts),
    parcels_per_order: parcelsPerOrder(facts),
    cost_per_order: costPerOrder(facts),
    return_rates: returnRates(facts, returns),
    picks_per_hour: picksPerHour(facts),
    packs_per_hour: packsPerHour(facts),
    csat: csat(ratings),
  }
}

export type KpiSummary = ReturnType<typeof kpiSummary>
