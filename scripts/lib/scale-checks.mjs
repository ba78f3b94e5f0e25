/**
 * What `npm run test:scale` asserts, read straight from PostgreSQL after the orders settled.
 * Each check returns the offending rows (empty = holds).
 */
export const CHECKS = {
  "every order routed exactly once (one decision, sequence 1)": `
    select o.id, count(d.id)::int as decisions, max(d.sequence) as max_sequence
      from "order" o
      left join oms_routing_decision d on d.order_id = o.id and d.deleted_at is null
     where o.deleted_at is null
     group by o.id
    having count(d.id) <> 1 or max(d.sequence) <> 1`,

  // one per shipment: a split or partly back-ordered order has one entry per part
  "every order routed into shipments, one routed/back-ordered timeline entry per shipment": `
    select o.id, count(distinct s.id)::int as shipments, count(e.id)::int as events
      from "order" o
      left join oms_shipment s on s.order_id = o.id and s.deleted_at is null
      left join oms_order_event e on e.shipment_id = s.id and e.deleted_at is null and e.stage in ('routed', 'backordered')
     where o.deleted_at is null
     group by o.id
    having count(distinct s.id) = 0 or count(e.id) <> count(distinct s.id)`,

  "reserved quantity = sum of reservations, per inventory level": `
    select l.inventory_item_id, l.location_id, l.reserved_quantity, coalesce(r.units, 0) as reservations
      from inventory_level l
      left join (select inventory_item_id, location_id, sum(quantity) as units
                   from reservation_item where deleted_at is null
                  group by 1, 2) r
        on r.inventory_item_id = l.inventory_item_id and r.location_id = l.location_id
     where l.deleted_at is null and l.reserved_quantity <> coalesce(r.units, 0)`,

  "no oversell: reserved <= stocked where back-orders are not allowed": `
    select l.inventory_item_id, l.location_id, l.stocked_quantity, l.reserved_quantity
      from inventory_level l
     where l.deleted_at is null and l.reserved_quantity > l.stocked_quantity
       and not exists (
         select 1 from product_variant_inventory_item pvi
           join product_variant v on v.id = pvi.variant_id and v.deleted_at is null
          where pvi.inventory_item_id = l.inventory_item_id and pvi.deleted_at is null and v.allow_backorder)`,

  "no orphan reservation (every one belongs to a line of a live order)": `
    select r.id, r.line_item_id
      from reservation_item r
     where r.deleted_at is null
       and not exists (
         select 1 from order_line_item li
           join order_item oi on oi.item_id = li.id and oi.deleted_at is null
           join "order" o on o.id = oi.order_id and o.deleted_at is null
          where li.id = r.line_item_id and li.deleted_at is null)`,

  "no duplicated reservation (one per line, item and centre)": `
    select line_item_id, inventory_item_id, location_id, count(*)::int as reservations
      from reservation_item
     where deleted_at is null
     group by 1, 2, 3
    having count(*) > 1`,

  "every line fully reserved (nothing lost in a move)": `
    select li.id as line_item_id, pvi.inventory_item_id, oi.quantity * pvi.required_quantity as needed,
           coalesce(sum(r.quantity), 0) as reserved
      from "order" o
      join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      join product_variant_inventory_item pvi on pvi.variant_id = li.variant_id and pvi.deleted_at is null
      left join reservation_item r on r.line_item_id = li.id and r.inventory_item_id = pvi.inventory_item_id and r.deleted_at is null
     where o.deleted_at is null
     group by li.id, pvi.inventory_item_id, oi.quantity, pvi.required_quantity
    having coalesce(sum(r.quantity), 0) <> oi.quantity * pvi.required_quantity`,

  "no workflow execution left unfinished": `
    select workflow_id, state, count(*)::int as executions
      from workflow_execution
     where deleted_at is null and state not in ('done', 'failed', 'reverted')
     group by 1, 2`,
}

export async function runChecks(client) {
  const results = []
  for (const [name, sql] of Object.entries(CHECKS)) {
    const { rows } = await client.query(sql)
    results.push({ name, ok: rows.length === 0, rows })
  }
  return results
}

/** Orders without a decision yet (the scale test waits on this). */
export async function unroutedOrderIds(client) {
  const { rows } = await client.query(`
    select o.id from "order" o
     where o.deleted_at is null
       and not exists (select 1 from oms_routing_decision d where d.order_id = o.id and d.deleted_at is null)`)
  return rows.map((r) => r.id)
}

/** When each of `orderIds` got its first decision (null when none yet). */
export async function decidedAt(client, orderIds) {
  const { rows } = await client.query(
    `select order_id, min(decided_at) as decided_at from oms_routing_decision
      where order_id = any($1) and deleted_at is null group by order_id`,
    [orderIds]
  )
  return new Map(rows.map((r) => [r.order_id, new Date(r.decided_at)]))
}
