/** The dashboard's facts of one order as stored, for comparing journeys and backfills. */
type Knex = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }> }

/** Each shipment's fact columns, oldest first (`placed_at` as an ISO string, `cost` a number). */
export async function shipmentFacts(knex: Knex, orderId: string) {
  const { rows } = await knex.raw(
    `select stock_location_id, stage, placed_at, sales_channel_id, region_id, shipping_option_id, units, line_count, parcels, cost, mispicks_caught
       from oms_shipment where order_id = ? and deleted_at is null order by created_at, id`,
    [orderId]
  )
  return rows.map((r) => ({ ...r, placed_at: r.placed_at ? new Date(r.placed_at).toISOString() : null, cost: r.cost === null ? null : Number(r.cost) }))
}

/**
 * Everything the OMS keeps about an order, without row ids and bookkeeping times: shipments,
 * timeline, decisions, allocations and returned lines. Equal snapshots = nothing changed.
 */
export async function omsSnapshot(knex: Knex, orderId: string) {
  const strip = ({ id: _i, created_at: _c, updated_at: _u, ...row }: Record<string, unknown>) => row
  const table = async (name: string, order: string) =>
    (await knex.raw(`select * from ${name} where order_id = ? and deleted_at is null order by ${order}`, [orderId])).rows.map(strip)
  return {
    shipments: (await knex.raw(`select * from oms_shipment where order_id = ? and deleted_at is null order by created_at, id`, [orderId])).rows.map(({ created_at: _c, updated_at: _u, ...r }: any) => r),
    events: await table("oms_order_event", "at, stage, id"),
    decisions: await table("oms_routing_decision", "sequence"),
    allocations: await table("oms_order_allocation", "decision_id, stock_location_id, line_item_id"),
    order: await table("oms_order", "order_id"),
    return_lines: await table("oms_return_line", "source_id, source_item_id, part"),
  }
}
