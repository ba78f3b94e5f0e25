import { generateEntityId } from "@medusajs/framework/utils"
import type { HistoryShipment } from "../../lib/history"

type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

export interface OrderHistoryRecord {
  orders: { order_id: string; sales_channel_id: string | null; stage: string; stage_changed_at: Date }[]
  shipments: HistoryShipment[]
}

const SHIPMENT_COLUMNS = [
  "id", "order_id", "stock_location_id", "stage", "stage_changed_at", "lines", "fulfillment_id", "tracking_numbers",
  "routed_at", "packed_at", "shipped_at", "delivered_at", "canceled_at", "placed_at", "sales_channel_id", "region_id",
  "shipping_option_id", "units", "line_count", "parcels",
] as const

/**
 * Writes the OMS rows of orders placed before the OMS held anything for them (one batch, inside
 * the caller's transaction): the OMS order, then its shipments. An order that got an OMS row
 * meanwhile (routed live while the batch was read) is left to the live path: its shipments are
 * not written. Multi-row statements, so a batch of 1,000 orders is a handful of round trips.
 */
export async function recordOrderHistory(execute: Execute, record: OrderHistoryRecord): Promise<{ orders: number; shipments: number }> {
  if (!record.orders.length) return { orders: 0, shipments: 0 }
  const values = record.orders.map(() => "(?, ?, ?, ?, ?, 0, 0)").join(", ")
  const inserted = await execute(
    `insert into oms_order (id, order_id, sales_channel_id, stage, stage_changed_at, decision_count, backordered_units)
     values ${values}
     on conflict (order_id) where deleted_at is null do nothing
     returning order_id`,
    record.orders.flatMap((o) => [generateEntityId(undefined, "omsord"), o.order_id, o.sales_channel_id, o.stage, o.stage_changed_at])
  )
  const mine = new Set(inserted.map((r) => r.order_id as string))
  const shipments = record.shipments.filter((s) => mine.has(s.order_id))
  for (let i = 0; i < shipments.length; i += 500) {
    const chunk = shipments.slice(i, i + 500)
    await execute(
      `insert into oms_shipment (${SHIPMENT_COLUMNS.join(", ")}) values ${chunk.map(() => `(${SHIPMENT_COLUMNS.map(() => "?").join(", ")})`).join(", ")}`,
      chunk.flatMap((s) => [
        generateEntityId(undefined, "shp"), s.order_id, s.stock_location_id, s.stage, s.stage_changed_at, JSON.stringify(s.lines), s.fulfillment_id,
        toPgArray(s.tracking_numbers), s.routed_at, s.packed_at, s.shipped_at, s.delivered_at, s.canceled_at, s.placed_at, s.sales_channel_id,
        s.region_id, s.shipping_option_id, s.units, s.line_count, s.parcels,
      ])
    )
  }
  return { orders: mine.size, shipments: shipments.length }
}

/** A text[] literal: knex would expand a JS array into a list of parameters. */
function toPgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`
}
