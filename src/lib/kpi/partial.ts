import { orderDurations, stageDurations, TIMED_STAGES, TimedStage } from "./cycle-times"
import type { CentreCalendars, ReturnedLineFact, ShipmentFact } from "./facts"
import { backOrderRate, fillRates } from "./fill-rates"
import { Histogram, histogramOf } from "./histogram"
import { HourRuns, unionRuns } from "./hour-runs"
import { DeadlineTally, deliveryTally, shipmentTally } from "./on-time"
import { costPerOrder, parcelsPerOrder, splitShipmentRate } from "./per-order"
import { orderAccuracy, perfectOrders } from "./perfect-order"
import { pickAccuracy } from "./pick-accuracy"
import { returnRates } from "./return-rates"
import { packWork, pickWork, WorkByPerson } from "./throughput"

/** Bumped whenever the shape or the meaning of a partial changes. */
export const PARTIAL_VERSION = 2

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
  /** PARTIAL_VERSION when written: a row of another shape is not read (its day is worked out from the facts). */
  version: number
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
    version: PARTIAL_VERSION,
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

const addCountsInto = (into: Counts, add: Counts) => {
  into[0] += add[0]
  into[1] += add[1]
}

function addInto(into: Record<string, number>, add: Record<string, number>) {
  for (const key in add) into[key] = (into[key] ?? 0) + add[key]
}

const addHistogramInto = (into: Histogram, add: Histogram) => {
  into.zeros += add.zeros
  addInto(into.counts, add.counts)
}

/**
 * All the partials as one: the partial of all their orders together (they must be of separate
 * orders). Adds into one accumulator rather than building a new partial per pair: a year of
 * days is a few hundred partials, and copying the growing sums at every step was most of the
 * dashboard's time.
 */
export function mergeAllPartials(partials: readonly KpiPartial[]): KpiPartial {
  const out = emptyPartial()
  const hours = { picks: new Map<string, HourRuns[]>(), packs: new Map<string, HourRuns[]>() }
  for (const p of partials) {
    out.orders += p.orders
    out.shipments += p.shipments
    addHistogramInto(out.placed_to_shipped, p.placed_to_shipped)
    addHistogramInto(out.placed_to_delivered, p.placed_to_delivered)
    for (const stage of TIMED_STAGES) addHistogramInto(out.stages[stage], p.stages[stage])
    for (const tally of ["on_time_shipment", "on_time_delivery"] as const) {
      out[tally].on_time += p[tally].on_time
      out[tally].done += p[tally].done
      addInto(out[tally].pending, p[tally].pending)
    }
    addInto(out.perfect, p.perfect)
    addCountsInto(out.order_accuracy, p.order_accuracy)
    addInto(out.pick, p.pick)
    addCountsInto(out.fill.line, p.fill.line)
    addCountsInto(out.fill.unit, p.fill.unit)
    addCountsInto(out.fill.order, p.fill.order)
    addCountsInto(out.back_order, p.back_order)
    addCountsInto(out.split, p.split)
    addInto(out.parcels, p.parcels)
    addInto(out.cost, p.cost)
    addCountsInto(out.returned_units, p.returned_units)
    addCountsInto(out.returned_orders, p.returned_orders)
    for (const kind of ["picks", "packs"] as const) {
      for (const person in p[kind]) {
        const work = p[kind][person]
        const mine = out[kind][person] ?? (out[kind][person] = { hour_runs: [], shipments: 0, lines: 0, units: 0 })
        mine.shipments += work.shipments
        mine.lines += work.lines
        mine.units += work.units
        const runs = hours[kind].get(person) ?? []
        runs.push(work.hour_runs)
        hours[kind].set(person, runs)
      }
    }
    for (let i = 0; i < 5; i++) out.ratings[i] += p.ratings[i]
  }
  for (const kind of ["picks", "packs"] as const)
    for (const [person, runs] of hours[kind]) out[kind][person].hour_runs = unionRuns(runs)
  return out
}

/** Two partials of separate orders as one. */
export const mergePartials = (a: KpiPartial, b: KpiPartial): KpiPartial => mergeAllPartials([a, b])
