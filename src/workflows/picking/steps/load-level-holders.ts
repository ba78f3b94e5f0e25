import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LevelHolder } from "../../../lib/invariants"
import { warehouseOf } from "./shared"

export interface LevelHolderRow extends LevelHolder {
  order_number: number | null
  /** The open wave holding the order's part at this centre, still to be picked (null: none). */
  waiting_in_wave_id: string | null
}

export interface LevelHolders {
  stocked: number
  centre_name: string
  sku: string | null
  holders: LevelHolderRow[]
}

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

/**
 * Read-only: Medusa's stocked quantity of one item at one centre and every order holding
 * reservations of it there, with the units that cannot be back-ordered, when it was placed and
 * whether it may be routed again: not canceled, no live fulfilment, and at this centre either not
 * waved or waved but not picked yet (picked and packed units are real: they back their
 * reservation).
 */
export async function loadLevelHolders(
  container: any,
  at: { stock_location_id: string; inventory_item_id: string }
): Promise<LevelHolders> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const place = [at.stock_location_id, at.inventory_item_id]
  const [{ rows: level }, { rows: orders }] = [
    await knex.raw(
      `select coalesce(sum(l.stocked_quantity), 0)::float8 as stocked,
              (select name from stock_location where id = ?) as centre_name,
              (select sku from inventory_item where id = ?) as sku
         from inventory_level l
        where l.deleted_at is null and l.location_id = ? and l.inventory_item_id = ?`,
      [...place, ...place]
    ),
    await knex.raw(
      `select oi.order_id, o.display_id, o.created_at, o.status,
              coalesce(sum(r.quantity) filter (where not r.allow_backorder), 0)::float8 as firm_quantity,
              exists (
                select 1 from order_fulfillment ofl
                  join fulfillment f on f.id = ofl.fulfillment_id and f.deleted_at is null and f.canceled_at is null
                 where ofl.order_id = o.id and ofl.deleted_at is null
              ) as has_fulfillment
         from reservation_item r
         join order_item oi on oi.item_id = r.line_item_id and oi.deleted_at is null
         join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
        where r.deleted_at is null and r.location_id = ? and r.inventory_item_id = ?
        group by oi.order_id, o.id, o.display_id, o.created_at, o.status`,
      place
    ),
  ]
  const claims = orders.length
    ? await warehouseOf(container).listWaveOrders({
        order_id: orders.map((o) => o.order_id),
        stock_location_id: at.stock_location_id,
        status: ["waiting", "picked", "packed"],
      })
    : []
  const claimOf = new Map(claims.map((c) => [c.order_id, c]))
  return {
    stocked: Number(level[0]?.stocked ?? 0),
    centre_name: level[0]?.centre_name ?? "the centre",
    sku: level[0]?.sku ?? null,
    holders: orders.map((o) => {
      const claim = claimOf.get(o.order_id)
      return {
        order_id: o.order_id,
        order_number: o.display_id == null ? null : Number(o.display_id),
        placed_at: new Date(o.created_at).toISOString(),
        firm_quantity: Number(o.firm_quantity),
        movable: o.status !== "canceled" && !o.has_fulfillment && (!claim || claim.status === "waiting"),
        waiting_in_wave_id: claim?.status === "waiting" ? claim.wave_id : null,
      }
    }),
  }
}
