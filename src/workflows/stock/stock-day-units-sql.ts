/**
 * Units per inventory item × centre × local day of the orders placed in [from, to), from the
 * live shipments (not superseded by a re-route, not canceled): each shipment line times the
 * line's components — those kept with the order's demand row when it has one (kits expanded as
 * routing saw them), else Medusa's variant → inventory item links. A shipment without a centre, or
 * one waiting in stage "backordered", counts as back-ordered at the centre its order's last
 * routing decision holds the back-order at (where it will be replenished), else at the centre
 * shipping the rest of the order; with neither it is counted nowhere.
 * Bindings: time zone, from, to.
 */
export const STOCK_DAY_UNITS_SQL = `
with s as (
  select s.order_id, s.lines, (s.stock_location_id is null or s.stage = 'backordered') as backordered,
         to_char(s.placed_at at time zone ?, 'YYYY-MM-DD') as day,
         coalesce(s.stock_location_id, (
           select d.backorder_location_id from oms_routing_decision d
            where d.order_id = s.order_id and d.deleted_at is null order by d.sequence desc limit 1
         ), (
           select o.stock_location_id from oms_shipment o
            where o.order_id = s.order_id and o.deleted_at is null and o.stock_location_id is not null
              and o.stage not in ('rerouted', 'canceled') order by o.created_at limit 1
         )) as stock_location_id
    from oms_shipment s
   where s.deleted_at is null and s.placed_at >= ? and s.placed_at < ? and s.stage not in ('rerouted', 'canceled')
),
sl as (
  select s.order_id, s.day, s.stock_location_id, s.backordered, l.line_item_id, l.quantity
    from s cross join lateral jsonb_to_recordset(s.lines) as l(line_item_id text, quantity numeric)
   where s.stock_location_id is not null
),
dl as (
  select d.order_id, e.line_item_id, e.components
    from oms_order_demand d cross join lateral jsonb_to_recordset(d.lines) as e(line_item_id text, components jsonb)
   where d.deleted_at is null and d.order_id in (select order_id from s)
),
u as (
  select sl.day, sl.stock_location_id, sl.backordered, c.inventory_item_id, sl.quantity * c.required_quantity as units
    from sl join dl on dl.order_id = sl.order_id and dl.line_item_id = sl.line_item_id
    cross join lateral jsonb_to_recordset(coalesce(dl.components, '[]'::jsonb)) as c(inventory_item_id text, required_quantity numeric)
  union all
  select sl.day, sl.stock_location_id, sl.backordered, v.inventory_item_id, sl.quantity * v.required_quantity
    from sl join order_line_item li on li.id = sl.line_item_id and li.deleted_at is null
    join product_variant_inventory_item v on v.variant_id = li.variant_id and v.deleted_at is null
   where not exists (select 1 from dl where dl.order_id = sl.order_id and dl.line_item_id = sl.line_item_id)
)
select inventory_item_id, stock_location_id, day,
       round(sum(case when backordered then 0 else units end))::int as units,
       round(sum(case when backordered then units else 0 end))::int as backordered
  from u
 where inventory_item_id is not null
 group by inventory_item_id, stock_location_id, day`
