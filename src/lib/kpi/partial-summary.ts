import { csatOfDistribution } from "./csat"
import { TIMED_STAGES, TimedStage } from "./cycle-times"
import { Histogram, histogramCount, histogramPercentile } from "./histogram"
import { tallyRate } from "./on-time"
import type { Counts, KpiPartial } from "./partial"
import type { DurationSummary } from "./percentile"
import type { PerOrder } from "./per-order"
import { wercIndex } from "./perfect-order"
import { pickAccuracyRate } from "./pick-accuracy"
import { rateOf } from "./rows"
import type { KpiSummary } from "./summary"
import { throughputOf } from "./throughput"

const rate = ([numerator, denominator]: Counts) => rateOf(numerator, denominator)

const durations = (histogram: Histogram): DurationSummary => ({
  count: histogramCount(histogram),
  p50_ms: histogramPercentile(histogram, 50),
  p90_ms: histogramPercentile(histogram, 90),
})

const perOrder = ({ total, orders }: { total: number; orders: number }): PerOrder => ({ total, orders, average: orders ? total / orders : null })

/**
 * The dashboard's KPIs read from a partial (`kpiPartial`, possibly many days merged) at `now`:
 * the same figures `kpiSummary` gives for the same orders, except that percentiles come from
 * the histograms (within `HISTOGRAM_RELATIVE_ERROR`, 1 %, of the exact ones). Shipments not
 * done yet count as late once their deadline is at or before `now`.
 */
export function summaryOfPartial(partial: KpiPartial, now: Date): KpiSummary {
  const stage_times = {} as Record<TimedStage, DurationSummary>
  for (const stage of TIMED_STAGES) stage_times[stage] = durations(partial.stages[stage])
  const { delivered, perfect, in_full, on_time, damage_free, accurate } = partial.perfect
  const components = {
    in_full: rateOf(in_full, delivered),
    on_time: rateOf(on_time, delivered),
    damage_free: rateOf(damage_free, delivered),
    accurate: rateOf(accurate, delivered),
  }
  const { units_picked, mispicks_caught, wrong_item_units } = partial.pick
  return {
    orders: partial.orders,
    shipments: partial.shipments,
    cycle_times: { placed_to_shipped: durations(partial.placed_to_shipped), placed_to_delivered: durations(partial.placed_to_delivered) },
    stage_times,
    on_time_shipment: tallyRate(partial.on_time_shipment, now),
    on_time_delivery: tallyRate(partial.on_time_delivery, now),
    perfect_orders: {
      perfect: rateOf(perfect, delivered),
      ...components,
      werc_index: wercIndex(Object.values(components)),
    },
    order_accuracy: rate(partial.order_accuracy),
    pick_accuracy: {
      units_picked,
      mispicks_caught,
      wrong_item_units,
      rate: pickAccuracyRate(units_picked, mispicks_caught, wrong_item_units),
    },
    fill_rates: { line: rate(partial.fill.line), unit: rate(partial.fill.unit), order: rate(partial.fill.order) },
    back_order_rate: rate(partial.back_order),
    split_shipment_rate: rate(partial.split),
    parcels_per_order: perOrder(partial.parcels),
    cost_per_order: perOrder(partial.cost),
    return_rates: { units: rate(partial.returned_units), orders: rate(partial.returned_orders) },
    picks_per_hour: throughputOf(partial.picks),
    packs_per_hour: throughputOf(partial.packs),
    csat: csatOfDistribution(partial.ratings),
  }
}
