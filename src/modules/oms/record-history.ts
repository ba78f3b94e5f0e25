import { entityIds, type HistoryShipment } from "../../lib/history"

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

const SHIPMENT_TYPES: Record<(typeof SHIPMENT_COLUMNS)[number], string> = {
  id: "text", order_id: "text", stock_location_id: "text", stage: "text", stage_changed_at: "timestamptz", lines: "jsonb",
  fulfillment_id: "text", tracking_numbers: "text[]", routed_at: "timestamptz", packed_at: "timestamptz", shipped_at: "timestamptz",
  delivered_at: "timestamptz", canceled_at: "timestamptz", placed_at: "timestamptz", sales_channel_id: "text", region_id: "text",
  shipping_option_id: "text", units: "integer", line_count: "integer", parcels: "integer",
}

/**
 * Writes the OMS rows of orders placed before the OMS held anything for them (one batch, inside
 * the caller's transaction): the OMS order, then its shipments. An order that got an OMS row
 * meanwhile (routed live while the batch was read) is left to the live path: its shipments are
 * not written. Two statements a batch, whatever its size.
 */
export async function recordOrderHistory(execute: Execute, record: OrderHistoryRecord): Promise<{ orders: number; shipments: number }> {
  if (!record.orders.length) return { orders: 0, shipments: 0 }
  // one JSON parameter per statement, unpacked by PostgreSQL: no statement with thousands of parameters
  const orderIds = entityIds("omsord", record.orders.length)
  const orders = record.orders.map((o, i) => ({ id: orderIds[i], ...o }))
  const inserted = await execute(
    `insert into oms_order (id, order_id, sales_channel_id, stage, stage_changed_at, decision_count, backordered_units)
     select r.id, r.order_id, r.sales_channel_id, r.stage, r.stage_changed_at, 0, 0
       from json_to_recordset(?::json) as r(id text, order_id text, sales_channel_id text, stage text, stage_changed_at timestamptz)
     on conflict (order_id) where deleted_at is null do nothing
     returning order_id`,
    [JSON.stringify(orders)]
  )
  const mine = new Set(inserted.map((r) => r.order_id as string))
  const kept = record.shipments.filter((s) => mine.has(s.order_id))
  const shipmentIds = entityIds("shp", kept.length)
  const shipments = kept.map((s, i) => ({ id: shipmentIds[i], ...s }))
  if (shipments.length) {
    await execute(
      `insert into oms_shipment (${SHIPMENT_COLUMNS.join(", ")})
       select ${SHIPMENT_COLUMNS.map((c) => `r.${c}`).join(", ")}
         from json_to_recordset(?::json) as r(${SHIPMENT_COLUMNS.map((c) => `${c} ${SHIPMENT_TYPES[c]}`).join(", ")})`,
      [JSON.stringify(shipments)]
    )
  }
  return { orders: mine.size, shipments: shipments.length }
}

