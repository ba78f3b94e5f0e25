import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CentreCalendars, Period, ReturnedLineFact, ShipmentFact } from "../../../../lib/kpi"
import { isRootCause } from "../../../../lib/returns"

/**
 * Most shipments one period may hold. The KPIs are computed from the rows themselves (~15 µs a
 * shipment on 2 cores, so ~60 ms at the cap, between yields to the event loop); a longer range
 * is refused with a 400 until per-day rollups take over.
 */
export const KPI_SHIPMENTS_MAX = 4_000

export interface KpiFilters {
  stock_location_id?: string
  sales_channel_id?: string
  region_id?: string
}

const SHIPMENT_COLUMNS = [
  "id", "order_id", "stock_location_id", "sales_channel_id", "region_id", "stage", "placed_at", "routed_at", "waved_at",
  "picked_at", "short_picked_at", "packed_at", "shipped_at", "delivered_at", "canceled_at", "units", "line_count",
  "parcels", "picked_by", "packed_by", "mispicks_caught", "cost", "shipping_option_id",
]

const toFact = (r: Record<string, any>): ShipmentFact => ({
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
  promised_days: null,
})

/** The facts of the orders placed in `period` (every shipment of an order, whichever the filter matched). */
export async function loadKpiFacts(scope: MedusaContainer, period: Period, filters: KpiFilters) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const orders = knex("oms_shipment").distinct("order_id").whereNull("deleted_at").where("placed_at", ">=", period.from).where("placed_at", "<", period.to)
  if (filters.stock_location_id) orders.where("stock_location_id", filters.stock_location_id)
  if (filters.sales_channel_id) orders.where("sales_channel_id", filters.sales_channel_id)
  if (filters.region_id) orders.where("region_id", filters.region_id)
  const rows = await knex("oms_shipment").select(SHIPMENT_COLUMNS).whereNull("deleted_at").whereIn("order_id", orders).limit(KPI_SHIPMENTS_MAX + 1)
  if (rows.length > KPI_SHIPMENTS_MAX) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `from: the period holds more than ${KPI_SHIPMENTS_MAX} shipments; choose a shorter period or one centre`
    )
  }
  const facts: ShipmentFact[] = withPromisedDays(rows.map(toFact), rows, await promisedDaysByOption(knex, rows))
  const orderIds = [...new Set(facts.map((f) => f.order_id))]
  const returnRows = orderIds.length
    ? await knex("oms_return_line").select("order_id", "shipment_id", "quantity", "cause", "received_at", "requested_at").whereNull("deleted_at").whereIn("order_id", orderIds)
    : []
  const returns: ReturnedLineFact[] = returnRows
    .filter((r: Record<string, any>) => isRootCause(r.cause))
    .map((r: Record<string, any>) => ({ order_id: r.order_id, shipment_id: r.shipment_id, units: Number(r.quantity), cause: r.cause, received_at: r.received_at ?? r.requested_at }))
  const ratings = orderIds.length
    ? (await knex("oms_feedback").select("rating").whereNull("deleted_at").whereIn("order_id", orderIds)).map((r: { rating: number }) => Number(r.rating))
    : []
  return { facts, returns, ratings }
}

/** Shipments still on their way to leaving a centre (any placement date), for the at-risk list. */
export async function loadOpenFacts(scope: MedusaContainer, filters: KpiFilters): Promise<ShipmentFact[]> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const open = knex("oms_shipment").select("order_id").whereNull("deleted_at").whereIn("stage", ["routed", "backordered", "waved", "picked", "short_picked", "packed"])
  if (filters.stock_location_id) open.where("stock_location_id", filters.stock_location_id)
  if (filters.sales_channel_id) open.where("sales_channel_id", filters.sales_channel_id)
  if (filters.region_id) open.where("region_id", filters.region_id)
  const rows = await knex("oms_shipment").select(SHIPMENT_COLUMNS).whereNull("deleted_at").whereNotNull("placed_at").whereIn("order_id", open.limit(KPI_SHIPMENTS_MAX)).limit(KPI_SHIPMENTS_MAX)
  return withPromisedDays(rows.map(toFact), rows, await promisedDaysByOption(knex, rows))
}

/**
 * Delivery days a shipping option promises: its metadata `oms_promised_days`, a whole number
 * of working days after the ship-by day (as `oms_sla_days` is the dispatch promise). Options
 * without it promise nothing, and their shipments stay out of on-time delivery.
 */
async function promisedDaysByOption(knex: any, rows: Record<string, any>[]): Promise<Map<string, number>> {
  const ids = [...new Set(rows.map((r) => r.shipping_option_id).filter(Boolean))]
  if (!ids.length) return new Map()
  const options = await knex("shipping_option").select("id", "metadata").whereIn("id", ids)
  const promised = new Map<string, number>()
  for (const o of options) {
    const days = Number(o.metadata?.oms_promised_days)
    if (Number.isInteger(days) && days >= 0 && days <= 365) promised.set(o.id, days)
  }
  return promised
}

function withPromisedDays(facts: ShipmentFact[], rows: Record<string, any>[], promised: Map<string, number>): ShipmentFact[] {
  return facts.map((f, i) => ({ ...f, promised_days: promised.get(rows[i].shipping_option_id) ?? null }))
}

/** Every centre's calendar; a centre without a profile works Monday to Friday in Jakarta time without a cut-off. */
export async function loadCalendars(scope: MedusaContainer, facts: ShipmentFact[]): Promise<CentreCalendars> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex("oms_fulfillment_center").select("stock_location_id", "time_zone", "cutoff_time").whereNull("deleted_at")
  const calendars: Record<string, { time_zone: string; cutoff_time: string | null }> = {}
  for (const f of facts) if (f.stock_location_id) calendars[f.stock_location_id] = { time_zone: "Asia/Jakarta", cutoff_time: null }
  for (const r of rows) calendars[r.stock_location_id] = { time_zone: r.time_zone || "Asia/Jakarta", cutoff_time: r.cutoff_time ?? null }
  return calendars
}
