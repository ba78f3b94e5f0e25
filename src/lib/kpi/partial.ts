import { orderDurations, stageDurations, TIMED_STAGES, TimedStage } from "./cycle-times"
import type { CentreCalendars, ReturnedLineFact, ShipmentFact } from "./facts"
import { backOrderRate, fillRates } from "./fill-rates"
import { Histogram, histogramOf, mergeHistograms } from "./histogram"
import { DeadlineTally, deliveryTally, shipmentTally } from "./on-time"
import { costPerOrder, parcelsPerOrder, splitShipmentRate } from "./per-order"
import { orderAccuracy, perfectOrders } from "./perfect-order"
import { pickAccuracy } from "./pick-accuracy"
import { returnRates } from "./return-rates"
import { mergeWork, packWork, pickWork, WorkByPerson } from "./throughput"

/** A numerator and a denominator, to be added up before dividing. */
export type Counts = [numerator: number, denominator: number]

/**
 * What the KPIs of some orders add up to, kept so that the orders of separate days (or centres,
 * channels, regions) can be added together and read as one period: counts behind every rate,
 * histograms behind every percentile, and the deadlines of shipments not done yet (whether they
 * are late depends on when the dashboard asks). Plain JSON, for the per-day rollup rows.
 * Built only from the definitions themselves (`kpiPartial`), never by restating them.
 */
export interface KpiPartial {
  orders: number
  shipments: number
  placed_to_shipped: Histogram
  placed_to_delivered: Histogram
  stages: Record<TimedStage, Histogram>
  on_time_shipment: DeadlineTally
  on_time_delivery: DeadlineTally
  perfect: { delivered: number; perfect: number; in_full: number; on_time: number; damage_free: number; accurate: number }
  order_accuracy: Counts
  pick: { units_picked: number; mispicks_caught: number; wrong_item_units: number }
  fill: { line: Counts; unit: Counts; order: Counts }
  back_order: Counts
  split: Counts
  parcels: { total: number; orders: number }
  cost: { total: number; orders: number }
  returned_units: Counts
  returned_orders: Counts
  picks: WorkByPerson
  packs: WorkByPerson
  /** Answers per rating, index 0 = rating 1. */
  ratings: [number, number, number, number, number]
}

const countsOf = (rate: { numerator: number; denominator: number }): Counts => [rate.numerator, rate.denominator]

/**
 * The partial of some whole orders (every row of each order, as `kpiSummary` takes them), their
 * returned lines and ratings. Every number comes from the same definition `kpiSummary` uses; a
 * definition that counts orders or shipments one by one adds up across separate sets of orders,
 * which is what makes a partial a rollup.
 */
export function kpiPartial(
  facts: readonly ShipmentFact[],
  returns: readonly ReturnedLineFact[],
  calendars: CentreCalendars,
  ratings: readonly number[] = []
): KpiPartial {
  const perfect = perfectOrders(facts, returns, calendars)
  const fill = fillRates(facts)
  const pick = pickAccuracy(facts, returns)
  const parcels = parcelsPerOrder(facts)
  const cost = costPerOrder(facts)
  const returned = returnRates(facts, returns)
  const stageTimes = stageDurations(facts)
  const stages = {} as Record<TimedStage, Histogram>
  for (const stage of TIMED_STAGES) stages[stage] = histogramOf(stageTimes.filter((d) => d.stage === stage).map((d) => d.ms))
  const answers: KpiPartial["ratings"] = [0, 0, 0, 0, 0]
  for (const r of ratings) if (Number.isInteger(r) && r >= 1 && r <= 5) answers[r - 1]++
  return {
    orders: new Set(facts.map((f) => f.order_id)).size,
    shipments: facts.filter((f) => f.stage !== "rerouted").length,
    placed_to_shipped: histogramOf(orderDurations(facts, "shipped").map((d) => d.ms)),
    placed_to_delivered: histogramOf(orderDurations(facts, "delivered").map((d) => d.ms)),
    stages,
    on_time_shipment: shipmentTally(facts, calendars),
    on_time_delivery: deliveryTally(facts, calendars),
    perfect: {
      delivered: perfect.perfect.denominator,
      perfect: perfect.perfect.numerator,
      in_full: perfect.in_full.numerator,
      on_time: perfect.on_time.numerator,
      damage_free: perfect.damage_free.numerator,
      accurate: perfect.accurate.numerator,
    },
    order_accuracy: countsOf(orderAccuracy(facts, returns)),
    pick: { units_picked: pick.units_picked, mispicks_caught: pick.mispicks_caught, wrong_item_units: pick.wrong_item_units },
    fill: { line: countsOf(fill.line), unit: countsOf(fill.unit), order: countsOf(fill.order) },
    back_order: countsOf(backOrderRate(facts)),
    split: countsOf(splitShipmentRate(facts)),
    parcels: { total: parcels.total, orders: parcels.orders },
    cost: { total: cost.total, orders: cost.orders },
    returned_units: countsOf(returned.units),
    returned_orders: countsOf(returned.orders),
    picks: pickWork(facts),
    packs: packWork(facts),
    ratings: answers,
  }
}

export const emptyPartial = (): KpiPartial => kpiPartial([], [], {})

const addCounts = (a: Counts, b: Counts): Counts => [a[0] + b[0], a[1] + b[1]]

function addPending(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a }
  for (const [deadline, count] of Object.entries(b)) out[deadline] = (out[deadline] ?? 0) + count
  return out
}

const addTally = (a: DeadlineTally, b: DeadlineTally): DeadlineTally => ({
  on_time: a.on_time + b.on_time,
  done: a.done + b.done,
  pending: addPending(a.pending, b.pending),
})

function addSums<T extends Record<string, number>>(a: T, b: T): T {
  const out = { ...a }
  for (const key of Object.keys(b) as (keyof T)[]) out[key] = (a[key] + b[key]) as T[keyof T]
  return out
}

/** Two partials of separate orders as one: the partial of all their orders together. */
export function mergePartials(a: KpiPartial, b: KpiPartial): KpiPartial {
  const stages = {} as Record<TimedStage, Histogram>
  for (const stage of TIMED_STAGES) stages[stage] = mergeHistograms(a.stages[stage], b.stages[stage])
  return {
    orders: a.orders + b.orders,
    shipments: a.shipments + b.shipments,
    placed_to_shipped: mergeHistograms(a.placed_to_shipped, b.placed_to_shipped),
    placed_to_delivered: mergeHistograms(a.placed_to_delivered, b.placed_to_delivered),
    stages,
    on_time_shipment: addTally(a.on_time_shipment, b.on_time_shipment),
    on_time_delivery: addTally(a.on_time_delivery, b.on_time_delivery),
    perfect: addSums(a.perfect, b.perfect),
    order_accuracy: addCounts(a.order_accuracy, b.order_accuracy),
    pick: addSums(a.pick, b.pick),
    fill: { line: addCounts(a.fill.line, b.fill.line), unit: addCounts(a.fill.unit, b.fill.unit), order: addCounts(a.fill.order, b.fill.order) },
    back_order: addCounts(a.back_order, b.back_order),
    split: addCounts(a.split, b.split),
    parcels: addSums(a.parcels, b.parcels),
    cost: addSums(a.cost, b.cost),
    returned_units: addCounts(a.returned_units, b.returned_units),
    returned_orders: addCounts(a.returned_orders, b.returned_orders),
    picks: mergeWork(a.picks, b.picks),
    packs: mergeWork(a.packs, b.packs),
    ratings: a.ratings.map((n, i) => n + b.ratings[i]) as KpiPartial["ratings"],
  }
}

export const mergeAllPartials = (partials: readonly KpiPartial[]): KpiPartial => partials.reduce(mergePartials, emptyPartial())
