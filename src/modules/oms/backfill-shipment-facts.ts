type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

/** Rows per statement: a batch is one short UPDATE, never a long transaction. */
export const FACT_BACKFILL_BATCH = 2_000

/**
 * Fills the dashboard facts of shipments recorded before they existed (or whose order came in
 * through the earlier shipment migration): when the order was placed, its channel, region and
 * shipping option, and the units and lines the part ships. One batch per call, oldest ids
 * first; a row is done once `placed_at` is set (the shipment's own creation time when Medusa's
 * order is gone), so calling it again finds the next batch and, at the end, nothing. Reads
 * Medusa's order tables only when they exist.
 */
export async function backfillShipmentFactsBatch(execute: Execute, batchSize = FACT_BACKFILL_BATCH): Promise<number> {
  const [tables] = await execute(
    `select to_regclass('"order"') is not null as orders,
            to_regclass('order_shipping') is not null and to_regclass('order_shipping_method') is not null as shipping`
  )
  const order = tables.orders
    ? `left join "order" o on o.id = b.order_id`
    : `left join (select null::text as id, null::timestamptz as created_at, null::text as sales_channel_id, null::text as region_id) o on false`
  const option = tables.shipping
    ? `(select osm.shipping_option_id from order_shipping os join order_shipping_method osm on osm.id = os.shipping_method_id
         where os.order_id = b.order_id and os.deleted_at is null and osm.deleted_at is null and osm.shipping_option_id is not null
         order by os.created_at limit 1)`
    : `null::text`
  const rows = await execute(
    `update oms_shipment s set
        placed_at = coalesce(f.created_at, s.created_at),
        sales_channel_id = coalesce(s.sales_channel_id, f.sales_channel_id),
        region_id = coalesce(s.region_id, f.region_id),
        shipping_option_id = coalesce(s.shipping_option_id, f.shipping_option_id),
        units = coalesce((select sum(greatest((l->>'quantity')::int, 0)) from jsonb_array_elements(s.lines) l), 0),
        line_count = (select count(*) from jsonb_array_elements(s.lines) l where (l->>'quantity')::int > 0)
       from (select b.id, o.created_at, o.sales_channel_id, o.region_id, ${option} as shipping_option_id
               from oms_shipment b ${order}
              where b.placed_at is null and b.deleted_at is null
              order by b.id limit ?) f
      where s.id = f.id
      returning s.id`,
    [batchSize]
  )
  return rows.length
}

/** Every batch until none is left; `onBatch` reports progress (rows so far). */
export async function backfillShipmentFacts(execute: Execute, onBatch: (done: number) => void = () => {}, batchSize = FACT_BACKFILL_BATCH) {
  let done = 0
  for (;;) {
    const n = await backfillShipmentFactsBatch(execute, batchSize)
    if (!n) return done
    done += n
    onBatch(done)
  }
}
