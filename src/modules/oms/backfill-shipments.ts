import { deriveOrderStage, ShipmentStage } from "../../lib/journey"

type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

/**
 * Carries a store from per-order stages to shipments (migration of 2026-12-01). For every order
 * the OMS routed: one shipment per centre of its current allocations, its stage read from what
 * really happened there (Medusa's fulfilment at that location, else the centre's wave claim,
 * else routed), plus a centre-less shipment for back-ordered units; then each order's stage is
 * derived from its shipments. Idempotent: orders that already have shipments are left alone.
 * Reads the warehouse and Medusa tables only when they exist (a fresh database has none).
 */
export async function backfillShipments(execute: Execute): Promise<{ shipments: number; orders: number }> {
  const [tables] = await execute(
    `select to_regclass('oms_wave_order') is not null as waves,
            to_regclass('oms_pack_session') is not null as packs,
            to_regclass('order_fulfillment') is not null and to_regclass('fulfillment') is not null as fulfilments,
            to_regclass('fulfillment_label') is not null as labels`
  )
  const fulfilment = tables.fulfilments
    ? `(select f.id, f.shipped_at, f.delivered_at, f.packed_at, f.created_by
          from order_fulfillment ofl join fulfillment f on f.id = ofl.fulfillment_id
         where ofl.order_id = p.order_id and f.location_id = p.stock_location_id
           and f.canceled_at is null and f.deleted_at is null and ofl.deleted_at is null
         order by f.created_at desc limit 1)`
    : `(select null::text as id, null::timestamptz as shipped_at, null::timestamptz as delivered_at, null::timestamptz as packed_at, null::text as created_by where false)`
  const claim = tables.waves
    ? `(select w.wave_id, w.status, w.created_at from oms_wave_order w
         where w.order_id = p.order_id and w.stock_location_id = p.stock_location_id
           and w.status <> 'canceled' and w.deleted_at is null limit 1)`
    : `(select null::text as wave_id, null::text as status, null::timestamptz as created_at where false)`
  const labels = tables.labels
    ? `coalesce((select array_agg(l.tracking_number) from fulfillment_label l where l.fulfillment_id = fl.id and l.deleted_at is null), '{}')`
    : `'{}'::text[]`
  const packedBy = tables.packs
    ? `(select s.packed_by from oms_pack_session s where s.order_id = p.order_id and s.stock_location_id = p.stock_location_id and s.status = 'completed' and s.deleted_at is null order by s.completed_at desc nulls last limit 1)`
    : `null::text`

  const inserted = await execute(`
    with parts as (
      select a.order_id, a.stock_location_id, a.decision_id, min(a.created_at) as routed_at,
             jsonb_agg(jsonb_build_object('line_item_id', a.line_item_id, 'quantity', a.quantity) order by a.line_item_id) as lines
        from oms_order_allocation a
        join oms_order o on o.order_id = a.order_id and o.deleted_at is null
       where a.active = true and a.deleted_at is null
         and not exists (select 1 from oms_shipment s where s.order_id = a.order_id and s.deleted_at is null)
       group by a.order_id, a.stock_location_id, a.decision_id
    )
    insert into oms_shipment (id, order_id, stock_location_id, stage, stage_changed_at, lines, decision_id, wave_id,
                              fulfillment_id, tracking_numbers, packed_by, routed_at, waved_at, packed_at, shipped_at, delivered_at, canceled_at)
    select 'shp_' || upper(replace(gen_random_uuid()::text, '-', '')), p.order_id, p.stock_location_id,
           case when o.stage = 'canceled' then 'canceled'
                when fl.delivered_at is not null then 'delivered'
                when fl.shipped_at is not null then 'shipped'
                when fl.id is not null then 'packed'
                when c.status = 'waiting' then 'waved'
                when c.status = 'picked' then 'picked'
                when c.status = 'packed' then 'packed'
                else 'routed' end,
           coalesce(o.stage_changed_at, p.routed_at), p.lines, p.decision_id, c.wave_id,
           fl.id, ${labels}, ${packedBy}, p.routed_at, c.created_at, fl.packed_at, fl.shipped_at, fl.delivered_at,
           case when o.stage = 'canceled' then o.stage_changed_at end
      from parts p
      join oms_order o on o.order_id = p.order_id and o.deleted_at is null
      left join lateral ${fulfilment} fl on true
      left join lateral ${claim} c on true
    returning order_id`)

  const backordered = await execute(`
    insert into oms_shipment (id, order_id, stock_location_id, stage, stage_changed_at, lines, decision_id, routed_at, canceled_at)
    select 'shp_' || upper(replace(gen_random_uuid()::text, '-', '')), o.order_id, null,
           case when o.stage = 'canceled' then 'canceled' else 'backordered' end,
           o.stage_changed_at,
           (select jsonb_agg(jsonb_build_object('line_item_id', b->>'line_item_id', 'quantity', (b->>'quantity')::int))
              from jsonb_array_elements(d.backordered) b),
           d.id, d.decided_at, case when o.stage = 'canceled' then o.stage_changed_at end
      from oms_order o
      join oms_routing_decision d on d.id = o.current_decision_id and d.deleted_at is null
     where o.deleted_at is null and o.backordered_units > 0 and jsonb_array_length(d.backordered) > 0
       and not exists (select 1 from oms_shipment s where s.order_id = o.order_id and s.stock_location_id is null and s.deleted_at is null)
    returning order_id`)

  const orderIds = [...new Set([...inserted, ...backordered].map((r) => r.order_id as string))]
  if (orderIds.length) {
    const rows = await execute(
      `select order_id, stage from oms_shipment where order_id in (${orderIds.map(() => "?").join(", ")}) and deleted_at is null`,
      orderIds
    )
    const byOrder = new Map<string, ShipmentStage[]>()
    for (const r of rows) byOrder.set(r.order_id as string, [...(byOrder.get(r.order_id as string) ?? []), r.stage as ShipmentStage])
    for (const [orderId, stages] of byOrder) {
      await execute(`update oms_order set stage = ? where order_id = ? and deleted_at is null`, [deriveOrderStage(stages), orderId])
    }
  }
  return { shipments: inserted.length + backordered.length, orders: orderIds.length }
}
