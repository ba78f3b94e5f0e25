import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planOrderHistory, type HistoryOrder } from "../../../lib/history"
import type { OrderHistoryRecord } from "../../../modules/oms/record-history"

export interface OrderHistoryBatchInput {
  /** Orders with an id above this one (the previous batch's last id; "" to start). */
  after_id: string
  batch_size: number
  /** Orders placed after this instant are left to the live path (routing is about to see them). */
  placed_before: string
}

export interface OrderHistoryPlan extends OrderHistoryRecord {
  /** The last order id read, the next batch's cursor; null when no order was left. */
  last_id: string | null
}

export const loadOrderHistoryStepId = "oms-load-order-history"

type Knex = { raw: (sql: string, bindings?: unknown) => Promise<{ rows: any[] }> }

// a kit's inventory rows carry required × line units: divided back to order-line units
const LINE_UNITS = `/ coalesce(nullif(pvi.required_quantity, 0), 1)`
const KIT_JOIN = (alias: string) => `left join order_line_item li on li.id = ${alias}.line_item_id
  left join product_variant_inventory_item pvi on pvi.variant_id = li.variant_id and pvi.inventory_item_id = ${alias}.inventory_item_id and pvi.deleted_at is null`

/**
 * Read-only: the next batch of Medusa orders the OMS holds nothing for (no OMS order, no
 * shipment; drafts left out), by id, with their current lines, fulfilments and reservations in
 * five set-based reads, planned as shipments (`planOrderHistory`). No transaction is held.
 */
export const loadOrderHistoryStep = createStep(loadOrderHistoryStepId, async (input: OrderHistoryBatchInput, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const { rows: orders } = await knex.raw(
    `select o.id, o.created_at, o.canceled_at, o.status, o.sales_channel_id, o.region_id,
            (select osm.shipping_option_id from order_shipping os join order_shipping_method osm on osm.id = os.shipping_method_id
              where os.order_id = o.id and os.deleted_at is null and osm.deleted_at is null and osm.shipping_option_id is not null
                and os.return_id is null and os.claim_id is null and os.exchange_id is null
              order by os.created_at limit 1) as shipping_option_id,
            (select scl.stock_location_id from sales_channel_stock_location scl
              where scl.sales_channel_id = o.sales_channel_id and scl.deleted_at is null order by scl.created_at, scl.id limit 1) as default_location_id
       from "order" o
      where o.id > ? and o.deleted_at is null and o.is_draft_order = false and o.status <> 'draft' and o.created_at < ?
        and not exists (select 1 from oms_order m where m.order_id = o.id and m.deleted_at is null)
        and not exists (select 1 from oms_shipment s where s.order_id = o.id and s.deleted_at is null)
      order by o.id
      limit ?`,
    [input.after_id, new Date(input.placed_before), input.batch_size]
  )
  if (!orders.length) return new StepResponse<OrderHistoryPlan>({ last_id: null, orders: [], shipments: [] })
  const ids = orders.map((o) => o.id as string)

  const [{ rows: lines }, { rows: fulfilments }] = await Promise.all([
    knex.raw(
      `select oi.order_id, oi.item_id as line_item_id, oi.quantity::float8 as quantity
         from order_item oi join "order" o on o.id = oi.order_id and oi.version = o.version
        where oi.order_id = any(?::text[]) and oi.deleted_at is null and oi.quantity > 0
        order by oi.order_id, oi.item_id`,
      [ids]
    ),
    knex.raw(
      `select ofl.order_id, f.id, f.location_id, f.created_at, f.packed_at, f.shipped_at, f.delivered_at, f.canceled_at,
              coalesce((select array_agg(l.tracking_number order by l.created_at, l.id) from fulfillment_label l
                         where l.fulfillment_id = f.id and l.deleted_at is null), '{}') as tracking_numbers
         from order_fulfillment ofl join fulfillment f on f.id = ofl.fulfillment_id
        where ofl.order_id = any(?::text[]) and ofl.deleted_at is null and f.deleted_at is null and f.location_id is not null`,
      [ids]
    ),
  ])
  const lineIds = lines.map((l) => l.line_item_id as string)
  const fulfilmentIds = fulfilments.map((f) => f.id as string)
  const readReservations = (ids: string[], deleted: boolean) =>
    ids.length
      ? knex.raw(
          `select r.line_item_id, r.location_id, r.quantity ${LINE_UNITS} as quantity, r.deleted_at is not null as deleted
             from reservation_item r ${KIT_JOIN("r")}
            where r.line_item_id = any(?::text[]) and r.deleted_at is ${deleted ? "not null" : "null"}
            order by r.created_at, r.id`,
          [ids]
        )
      : Promise.resolve({ rows: [] as any[] })
  const [{ rows: items }, { rows: live }] = await Promise.all([
    fulfilmentIds.length
      ? knex.raw(
          `select fi.fulfillment_id, fi.line_item_id, max(fi.quantity ${LINE_UNITS})::float8 as quantity
             from fulfillment_item fi ${KIT_JOIN("fi")}
            where fi.fulfillment_id = any(?::text[]) and fi.deleted_at is null and fi.line_item_id is not null
            group by fi.fulfillment_id, fi.line_item_id`,
          [fulfilmentIds]
        )
      : { rows: [] },
    readReservations(lineIds, false),
  ])
  // where units neither fulfilled nor reserved now were last reserved (a canceled order's lines):
  // read only for those lines, since Medusa's index on reservations leaves deleted ones out
  const covered = new Map<string, number>()
  const liveFulfilments = new Set(fulfilments.filter((f) => !f.canceled_at).map((f) => f.id as string))
  for (const i of items) if (liveFulfilments.has(i.fulfillment_id)) covered.set(i.line_item_id, (covered.get(i.line_item_id) ?? 0) + Number(i.quantity))
  for (const r of live) covered.set(r.line_item_id, (covered.get(r.line_item_id) ?? 0) + Number(r.quantity))
  const uncovered = lines.filter((l) => (covered.get(l.line_item_id) ?? 0) < Number(l.quantity)).map((l) => l.line_item_id as string)
  const { rows: deleted } = await readReservations(uncovered, true)
  const reservations = [...deleted, ...live]

  const group = <T>(rows: T[], key: (r: T) => string) => {
    const map = new Map<string, T[]>()
    for (const r of rows) {
      const list = map.get(key(r))
      if (list) list.push(r)
      else map.set(key(r), [r])
    }
    return map
  }
  const linesOf = group(lines, (l) => l.order_id)
  const fulfilmentsOf = group(fulfilments, (f) => f.order_id)
  const itemsOf = group(items, (i) => i.fulfillment_id)
  const reservationsOf = group(reservations, (r) => r.line_item_id)
  const date = (v: unknown) => (v ? new Date(v as string) : null)

  const plan: OrderHistoryPlan = { last_id: ids[ids.length - 1], orders: [], shipments: [] }
  for (const o of orders) {
    const orderLines = (linesOf.get(o.id) ?? []).map((l) => ({ line_item_id: l.line_item_id as string, quantity: Number(l.quantity) }))
    const history: HistoryOrder = {
      id: o.id,
      created_at: new Date(o.created_at),
      canceled_at: date(o.canceled_at),
      status: o.status,
      sales_channel_id: o.sales_channel_id ?? null,
      region_id: o.region_id ?? null,
      shipping_option_id: o.shipping_option_id ?? null,
      lines: orderLines,
      fulfillments: (fulfilmentsOf.get(o.id) ?? []).map((f) => ({
        id: f.id,
        location_id: f.location_id,
        created_at: new Date(f.created_at),
        packed_at: date(f.packed_at),
        shipped_at: date(f.shipped_at),
        delivered_at: date(f.delivered_at),
        canceled_at: date(f.canceled_at),
        tracking_numbers: f.tracking_numbers ?? [],
        items: (itemsOf.get(f.id) ?? []).map((i) => ({ line_item_id: i.line_item_id as string, quantity: Math.round(Number(i.quantity)) })),
      })),
      reservations: orderLines.flatMap((l) =>
        (reservationsOf.get(l.line_item_id) ?? []).map((r) => ({ line_item_id: l.line_item_id, location_id: r.location_id, quantity: Number(r.quantity), deleted: !!r.deleted }))
      ),
      default_location_id: o.default_location_id ?? null,
    }
    const { shipments, stage } = planOrderHistory(history)
    plan.orders.push({
      order_id: o.id,
      sales_channel_id: history.sales_channel_id,
      stage,
      stage_changed_at: shipments.reduce((at, s) => (s.stage_changed_at > at ? s.stage_changed_at : at), history.created_at),
    })
    plan.shipments.push(...shipments)
  }
  return new StepResponse(plan)
})
