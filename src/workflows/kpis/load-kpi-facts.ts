import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CentreCalendars, Period, ReturnedLineFact, ShipmentFact } from "../../lib/kpi"
import { isRootCause } from "../../lib/returns"

type Knex = any

/**
 * Most shipments read from the fact rows for one span of a period (the parts no rollup covers:
 * today, the ragged ends of a period, days not rolled up yet). Their KPIs are worked out in
 * chunks between yields to the event loop; a span holding more is refused with a 400 naming
 * `from` until the rollup refresh has caught up.
 */
export const KPI_LIVE_SHIPMENTS_MAX = 20_000

/** Most shipments one drill-down or at-risk read may hold (all of them go back to the browser). */
export const KPI_SHIPMENTS_MAX = 4_000

export interface KpiFilters {
  stock_location_id?: string
  sales_channel_id?: string
  region_id?: string
}

export interface KpiFacts {
  facts: ShipmentFact[]
  returns: ReturnedLineFact[]
  /** The orders' ratings, with their order. */
  rated: { order_id: string; rating: number }[]
  /** The same ratings alone, as kpiSummary takes them. */
  ratings: number[]
}

const SHIPMENT_COLUMNS = [
  "id", "order_id", "stock_location_id", "sales_channel_id", "region_id", "stage", "placed_at", "routed_at", "waved_at",
  "picked_at", "short_picked_at", "packed_at", "shipped_at", "delivered_at", "canceled_at", "units", "line_count",
  "parcels", "picked_by", "packed_by", "mispicks_caught", "cost", "shipping_option_id",
]

const toFact = (r: Record<string, any>, promised: Map<string, number>): ShipmentFact => ({
  shipment_id: r.id,
  order_id: r.order_id,
  stock_location_id: r.stock_location_id,
  sales_channel_id: r.sales_channel_id,
  region_id: r.region_id,
  stage: r.stage,
  placed_at: r.placed_at,
  routed_at: r.routed_at,
  waved_at: r.waved_at,
  picked_at: r.picked_at,
  short_picked_at: r.short_picked_at,
  packed_at: r.packed_at,
  shipped_at: r.shipped_at,
  delivered_at: r.delivered_at,
  canceled_at: r.canceled_at,
  units: Number(r.units),
  lines: Number(r.line_count),
  // a part without a centre is the order's back-ordered units
  backordered_units: r.stage === "backordered" ? Number(r.units) : 0,
  parcels: Number(r.parcels),
  picked_by: r.picked_by,
  packed_by: r.packed_by,
  mispicks_caught: Number(r.mispicks_caught),
  cost: r.cost === null ? null : Number(r.cost),
  promised_days: promised.get(r.shipping_option_id) ?? null,
})

const knexOf = (scope: MedusaContainer): Knex => scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** The ids of the orders placed in `period` that have a shipment matching the filters (the dashboard's cohort, also of its customer feedback). */
export function ordersPlacedIn(knex: Knex, period: Period, filters: KpiFilters) {
  const orders = knex("oms_shipment").distinct("order_id").whereNull("deleted_at").where("placed_at", ">=", period.from).where("placed_at", "<", period.to)
  if (filters.stock_location_id) orders.where("stock_location_id", filters.stock_location_id)
  if (filters.sales_channel_id) orders.where("sales_channel_id", filters.sales_channel_id)
  if (filters.region_id) orders.where("region_id", filters.region_id)
  return orders
}

const tooMany = (max: number) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `from: the period holds more than ${max} shipments; choose a shorter period or one centre`)

/**
 * The facts of the orders placed in `period` (every shipment of an order, whichever the filter
 * matched), their returned lines (root causes only) and ratings. Refuses more than `max` shipments.
 */
export async function loadKpiFacts(scope: MedusaContainer, period: Period, filters: KpiFilters, max = KPI_SHIPMENTS_MAX): Promise<KpiFacts> {
  const knex = knexOf(scope)
  const rows = await knex("oms_shipment").select(SHIPMENT_COLUMNS).whereNull("deleted_at").whereIn("order_id", ordersPlacedIn(knex, period, filters)).limit(max + 1)
  if (rows.length > max) throw tooMany(max)
  return factsOfRows(knex, rows)
}

/** Every order placed in `period` with no filter and no cap: the rollup refresh's read of one day. */
export async function loadDayFacts(scope: MedusaContainer, period: Period): Promise<KpiFacts> {
  const knex = knexOf(scope)
  const rows = await knex("oms_shipment").select(SHIPMENT_COLUMNS).whereNull("deleted_at").where("placed_at", ">=", period.from).where("placed_at", "<", period.to)
  return factsOfRows(knex, rows)
}

async function factsOfRows(knex: Knex, rows: Record<string, any>[]): Promise<KpiFacts> {
  const promised = await promisedDaysByOption(knex, rows)
  const facts = rows.map((r) => toFact(r, promised))
  const orderIds = [...new Set(facts.map((f) => f.order_id))]
  if (!orderIds.length) return { facts, returns: [], rated: [], ratings: [] }
  const [returnRows, ratingRows] = await Promise.all([
    knex("oms_return_line").select("order_id", "shipment_id", "quantity", "cause", "received_at", "requested_at").whereNull("deleted_at").whereIn("order_id", orderIds),
    knex("oms_feedback").select("order_id", "rating").whereNull("deleted_at").whereIn("order_id", orderIds),
  ])
  const returns: ReturnedLineFact[] = returnRows
    .filter((r: Record<string, any>) => isRootCause(r.cause))
    .map((r: Record<string, any>) => ({ order_id: r.order_id, shipment_id: r.shipment_id, units: Number(r.quantity), cause: r.cause, received_at: r.received_at ?? r.requested_at }))
  const rated = ratingRows.map((r: { order_id: string; rating: number }) => ({ order_id: r.order_id, rating: Number(r.rating) }))
  return { facts, returns, rated, ratings: rated.map((r: { rating: number }) => r.rating) }
}

/** Shipments still on their way to leaving a centre (any placement date), for the at-risk list. */
export async function loadOpenFacts(scope: MedusaContainer, filters: KpiFilters): Promise<ShipmentFact[]> {
  const knex = knexOf(scope)
  const open = knex("oms_shipment").select("order_id").whereNull("deleted_at").whereIn("stage", ["routed", "backordered", "waved", "picked", "short_picked", "packed"])
  if (filters.stock_location_id) open.where("stock_location_id", filters.stock_location_id)
  if (filters.sales_channel_id) open.where("sales_channel_id", filters.sales_channel_id)
  if (filters.region_id) open.where("region_id", filters.region_id)
  const rows = await knex("oms_shipment").select(SHIPMENT_COLUMNS).whereNull("deleted_at").whereNotNull("placed_at").whereIn("order_id", open.limit(KPI_SHIPMENTS_MAX)).limit(KPI_SHIPMENTS_MAX)
  const promised = await promisedDaysByOption(knex, rows)
  return rows.map((r: Record<string, any>) => toFact(r, promised))
}

/**
 * Delivery days a shipping option promises: its metadata `oms_promised_days`, a whole number
 * of working days after the ship-by day (as `oms_sla_days` is the dispatch promise). Options
 * without it promise nothing, and their shipments stay out of on-time delivery.
 */
async function promisedDaysByOption(knex: Knex, rows: Record<string, any>[]): Promise<Map<string, number>> {
  const ids = [...new Set(rows.map((r) => r.shipping_option_id).filter(Boolean))]
  if (!ids.length) return new Map()
  return promisedDaysOf(await knex("shipping_option").select("id", "metadata").whereIn("id", ids))
}

function promisedDaysOf(options: { id: string; metadata: Record<string, unknown> | null }[]): Map<string, number> {
  const promised = new Map<string, number>()
  for (const o of options) {
    const days = Number(o.metadata?.oms_promised_days)
    if (Number.isInteger(days) && days >= 0 && days <= 365) promised.set(o.id, days)
  }
  return promised
}

/** Every shipping option's promised days: part of what the rollups were worked out with. */
export async function loadAllPromisedDays(scope: MedusaContainer): Promise<Map<string, number>> {
  const knex = knexOf(scope)
  return promisedDaysOf(await knex("shipping_option").select("id", "metadata").whereNull("deleted_at").whereRaw("metadata ? 'oms_promised_days'"))
}

/** A centre without a profile works Monday to Friday in Jakarta time without a cut-off. */
const DEFAULT_CALENDAR = { time_zone: "Asia/Jakarta", cutoff_time: null }

/** Every centre's calendar, with the default for the centres `facts` name that have no profile. */
export async function loadCalendars(scope: MedusaContainer, facts: readonly ShipmentFact[] = []): Promise<CentreCalendars> {
  const knex = knexOf(scope)
  const rows = await knex("oms_fulfillment_center").select("stock_location_id", "time_zone", "cutoff_time").whereNull("deleted_at").orderBy("stock_location_id")
  const calendars: Record<string, { time_zone: string; cutoff_time: string | null }> = {}
  for (const r of rows) calendars[r.stock_location_id] = { time_zone: r.time_zone || DEFAULT_CALENDAR.time_zone, cutoff_time: r.cutoff_time ?? null }
  return withDefaultCalendars(calendars, facts)
}

/** The calendars, with the default one for each centre of `facts` that has none. */
export function withDefaultCalendars(calendars: CentreCalendars, facts: readonly ShipmentFact[]): CentreCalendars {
  const missing = facts.filter((f) => f.stock_location_id && !calendars[f.stock_location_id])
  if (!missing.length) return calendars
  const out: Record<string, CentreCalendars[string]> = { ...calendars }
  for (const f of missing) out[f.stock_location_id!] = DEFAULT_CALENDAR
  return out
}
