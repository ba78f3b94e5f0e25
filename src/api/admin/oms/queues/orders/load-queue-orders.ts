import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAGE_QUEUES, type StageQueue } from "../../../../../lib/journey/queues"
import { atRisk, type AtRiskShipment } from "../../../../../lib/kpi"
import { loadCalendars, loadOpenFacts } from "../../../../../workflows/kpis/load-kpi-facts"
import type { QueueOrdersQueryType } from "./validators"

type Knex = any

export interface QueueOrderRow {
  shipment_id: string
  order_id: string
  display_id: number | null
  customer_name: string | null
  email: string | null
  placed_at: string | null
  stage: string
  stock_location_id: string | null
  units: number
  line_count: number
  wave_id: string | null
  /** At-risk queue only: why, and the ship-by deadline. */
  reasons?: AtRiskShipment["reasons"]
  ship_by?: string | null
  minutes_to_cutoff?: number | null
}

const ORDER_COLUMNS = `o.display_id, o.email, nullif(trim(concat_ws(' ', a.first_name, a.last_name)), '') as customer_name`
const ORDER_JOIN = `join "order" o on o.id = s.order_id left join order_address a on a.id = o.shipping_address_id`

/** `q` as SQL: an order number matches exactly, text the start of the email or the customer's name. */
function searchOf(q: string | undefined): { sql: string; bindings: unknown[] } {
  if (!q) return { sql: "", bindings: [] }
  const like = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const number = /^#?\d{1,9}$/.test(q) ? Number(q.replace("#", "")) : null
  return {
    sql: ` and (${number !== null ? "o.display_id = ? or " : ""}o.email ilike ? or concat_ws(' ', a.first_name, a.last_name) ilike ? or a.last_name ilike ?)`,
    bindings: [...(number !== null ? [number] : []), like, like, like],
  }
}

const toRow = (r: Record<string, any>): QueueOrderRow => ({
  shipment_id: r.id,
  order_id: r.order_id,
  display_id: r.display_id == null ? null : Number(r.display_id),
  customer_name: r.customer_name ?? null,
  email: r.email ?? null,
  placed_at: r.placed_at ? new Date(r.placed_at).toISOString() : null,
  stage: r.stage,
  stock_location_id: r.stock_location_id ?? null,
  units: Number(r.units ?? 0),
  line_count: Number(r.line_count ?? 0),
  wave_id: r.wave_id ?? null,
})

/** One page of a stage queue, straight from the shipments (stage index), with the order's number and customer. */
async function stageQueuePage(knex: Knex, q: QueueOrdersQueryType): Promise<{ rows: QueueOrderRow[]; count: number }> {
  const stages = STAGE_QUEUES[q.queue as StageQueue] as readonly string[]
  const search = searchOf(q.q)
  const where = `s.deleted_at is null and s.stage = any(?::text[])${q.stock_location_id ? " and s.stock_location_id = ?" : ""}${search.sql}`
  const bindings = [stages, ...(q.stock_location_id ? [q.stock_location_id] : []), ...search.bindings]
  const order = q.order === "desc" ? "desc" : "asc"
  const sortBy = q.sort === "display_id" ? `o.display_id ${order}` : `s.placed_at ${order} nulls last`
  const [{ rows }, { rows: counted }] = await Promise.all([
    knex.raw(
      `select s.id, s.order_id, s.stage, s.stock_location_id, s.units, s.line_count, s.placed_at, s.wave_id, ${ORDER_COLUMNS}
         from oms_shipment s ${ORDER_JOIN} where ${where} order by ${sortBy}, s.id limit ? offset ?`,
      [...bindings, q.limit, q.offset]
    ),
    knex.raw(`select count(*)::int as n from oms_shipment s ${ORDER_JOIN} where ${where}`, bindings),
  ])
  return { rows: rows.map(toRow), count: counted[0].n }
}

/** One page of the at-risk parts (the at-risk rules over the open parts), most urgent first unless sorted otherwise. */
async function atRiskPage(scope: MedusaContainer, knex: Knex, q: QueueOrdersQueryType): Promise<{ rows: QueueOrderRow[]; count: number }> {
  const open = await loadOpenFacts(scope, q.stock_location_id ? { stock_location_id: q.stock_location_id } : {})
  const risky = atRisk(open, await loadCalendars(scope, open), new Date(), {})
  if (!risky.length) return { rows: [], count: 0 }
  const byId = new Map(risky.map((r) => [r.shipment_id, r]))
  const search = searchOf(q.q)
  const { rows } = await knex.raw(
    `select s.id, s.order_id, s.stage, s.stock_location_id, s.units, s.line_count, s.placed_at, s.wave_id, ${ORDER_COLUMNS}
       from oms_shipment s ${ORDER_JOIN} where s.id = any(?::text[])${search.sql}`,
    [[...byId.keys()], ...search.bindings]
  )
  const found: QueueOrderRow[] = rows.map((r: Record<string, any>) => {
    const risk = byId.get(r.id)!
    return { ...toRow(r), reasons: risk.reasons, ship_by: risk.ship_by ? risk.ship_by.toISOString() : null, minutes_to_cutoff: risk.minutes_to_cutoff }
  })
  const rank = new Map(risky.map((r, i) => [r.shipment_id, i]))
  const sign = q.order === "desc" ? -1 : 1
  // "placed_at" (the default) keeps the rules' order: the soonest deadline first
  found.sort((a, b) =>
    q.sort === "display_id" ? sign * ((a.display_id ?? 0) - (b.display_id ?? 0)) : sign * (rank.get(a.shipment_id)! - rank.get(b.shipment_id)!)
  )
  return { rows: found.slice(q.offset, q.offset + q.limit), count: found.length }
}

export async function loadQueueOrders(scope: MedusaContainer, q: QueueOrdersQueryType) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return q.queue === "at_risk" ? atRiskPage(scope, knex, q) : stageQueuePage(knex, q)
}
