import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { InvariantRows, LevelKey, ShipmentHoldRow } from "../../lib/invariants"
import { WAREHOUSE_MODULE } from "../../modules/warehouse"
import type WarehouseModuleService from "../../modules/warehouse/service"

/** Most shipment holds (open wave claims, open pack sessions) read per kind; more are reported as capped. */
export const SHIPMENT_HOLD_CAP = 5000

export interface InvariantPage {
  stock_location_id?: string | null
  /** Centre × item levels per page, in (centre, item) order. */
  limit: number
  offset: number
}

export interface LoadedInvariantRows {
  rows: InvariantRows
  levels_checked: number
  next_offset: number | null
  /** Read on the first page only (they are per shipment, not per level); null on later pages. */
  shipments: { checked: number; cap: number; capped: boolean } | null
}

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

// The pairs as two arrays joined row by row: a list of 1000 `(a, b) in (...)` tuples took PostgreSQL
// ten times longer to plan than to run.
const pairArrays = (pairs: LevelKey[]) => [pairs.map((p) => p.stock_location_id), pairs.map((p) => p.inventory_item_id)]

/**
 * One page of the rows the invariant checks read: the centre × item pairs that have a Medusa
 * level, a reservation or bin stock, and for those pairs Medusa's levels, its reservations summed
 * (all, and those allowing back-orders), the units in bins and in totes; on the first page also
 * the open wave claims and open pack sessions. Reads Medusa's tables through the database
 * connection (aggregates, no entity loading) and the warehouse module for its own tables.
 */
export async function loadInvariantRows(container: any, page: InvariantPage): Promise<LoadedInvariantRows> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const listed = await listInvariantPairs(knex, page.stock_location_id ?? null, page.limit, page.offset)
  const loaded = await loadInvariantRowsOf(container, listed.pairs, { stock_location_id: page.stock_location_id ?? null, shipments: page.offset === 0 })
  return { ...loaded, next_offset: listed.more ? page.offset + page.limit : null }
}

/**
 * The centre × item pairs that have a Medusa level, a reservation or bin stock, in (centre, item)
 * order: `limit` of them from `offset`, and whether more follow.
 */
export async function listInvariantPairs(knex: Knex, location: string | null, limit: number, offset: number) {
  const { rows: keyRows } = await knex.raw(
    `select stock_location_id, inventory_item_id from (
       select location_id as stock_location_id, inventory_item_id from inventory_level where deleted_at is null
       union
       select location_id, inventory_item_id from reservation_item where deleted_at is null
       union
       select stock_location_id, inventory_item_id from oms_bin_stock where deleted_at is null
     ) pairs
     where (?::text is null or stock_location_id = ?::text)
     order by stock_location_id, inventory_item_id
     limit ? offset ?`,
    [location, location, limit + 1, offset]
  )
  const pairs: LevelKey[] = keyRows.slice(0, limit).map((r) => ({
    stock_location_id: r.stock_location_id,
    inventory_item_id: r.inventory_item_id,
  }))
  return { pairs, more: keyRows.length > limit }
}

/**
 * The rows the checks read for the given pairs (at most a page of them) and, with `shipments`,
 * the open wave claims and pack sessions (of one centre, or all).
 */
export async function loadInvariantRowsOf(
  container: any,
  pairs: LevelKey[],
  options: { stock_location_id: string | null; shipments: boolean }
): Promise<Omit<LoadedInvariantRows, "next_offset">> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const location = options.stock_location_id

  const [levels, reservations, held] = pairs.length
    ? [
        (
          await knex.raw(
            `select location_id as stock_location_id, inventory_item_id,
                    sum(stocked_quantity)::float8 as stocked, sum(reserved_quantity)::float8 as reserved
               from inventory_level
               join unnest(?::text[], ?::text[]) as wanted(l, i) on location_id = wanted.l and inventory_item_id = wanted.i
              where deleted_at is null
              group by location_id, inventory_item_id`,
            pairArrays(pairs)
          )
        ).rows,
        (
          await knex.raw(
            `select location_id as stock_location_id, inventory_item_id, sum(quantity)::float8 as quantity,
                    coalesce(sum(quantity) filter (where allow_backorder), 0)::float8 as backorder_quantity
               from reservation_item
               join unnest(?::text[], ?::text[]) as wanted(l, i) on location_id = wanted.l and inventory_item_id = wanted.i
              where deleted_at is null
              group by location_id, inventory_item_id`,
            pairArrays(pairs)
          )
        ).rows,
        await warehouse.heldUnits(pairs),
      ]
    : [[], [], []]

  const shipments = options.shipments ? await loadShipmentHolds(knex, location) : null
  const locationIds = [...new Set([...pairs.map((p) => p.stock_location_id), ...(shipments?.locationIds ?? [])])]
  const itemIds = [...new Set(pairs.map((p) => p.inventory_item_id))]
  const names = locationIds.length
    ? (await knex.raw(`select id, name from stock_location where id in (${locationIds.map(() => "?").join(", ")})`, locationIds)).rows
    : []
  const skus = itemIds.length
    ? (await knex.raw(`select id, sku from inventory_item where id in (${itemIds.map(() => "?").join(", ")})`, itemIds)).rows
    : []

  return {
    rows: {
      locations: names.map((r) => ({ id: r.id, name: r.name })),
      items: skus.map((r) => ({ id: r.id, sku: r.sku ?? null })),
      levels: levels.map((r: any) => ({ ...keyOf(r), stocked: Number(r.stocked), reserved: Number(r.reserved) })),
      reservations: reservations.map((r: any) => ({
        ...keyOf(r),
        quantity: Number(r.quantity),
        backorder_quantity: Number(r.backorder_quantity),
      })),
      bins: held.map((r: any) => ({ ...keyOf(r), quantity: r.in_bins })),
      totes: held.map((r: any) => ({ ...keyOf(r), quantity: r.in_totes })),
      wave_claims: shipments?.wave_claims ?? [],
      pack_sessions: shipments?.pack_sessions ?? [],
    },
    levels_checked: pairs.length,
    shipments: shipments && {
      checked: shipments.wave_claims.length + shipments.pack_sessions.length,
      cap: SHIPMENT_HOLD_CAP,
      capped: shipments.capped,
    },
  }
}

const keyOf = (r: { stock_location_id: string; inventory_item_id: string }): LevelKey => ({
  stock_location_id: r.stock_location_id,
  inventory_item_id: r.inventory_item_id,
})

/** Open wave claims (waiting or picked, wave not canceled) and open pack sessions, capped. */
async function loadShipmentHolds(knex: Knex, location: string | null) {
  const read = async (sql: string) => {
    const { rows } = await knex.raw(sql, [location, location, SHIPMENT_HOLD_CAP + 1])
    return {
      holds: rows.slice(0, SHIPMENT_HOLD_CAP).map(
        (r): ShipmentHoldRow => ({
          order_id: r.order_id,
          order_number: r.order_number == null ? null : Number(r.order_number),
          stock_location_id: r.stock_location_id,
          holder_id: r.holder_id,
        })
      ),
      capped: rows.length > SHIPMENT_HOLD_CAP,
    }
  }
  const claims = await read(
    `select wo.order_id, o.display_id as order_number, wo.stock_location_id, wo.wave_id as holder_id
       from oms_wave_order wo
       join oms_wave w on w.id = wo.wave_id and w.deleted_at is null and w.status <> 'canceled'
       left join "order" o on o.id = wo.order_id
      where wo.deleted_at is null and wo.status in ('waiting', 'picked')
        and (?::text is null or wo.stock_location_id = ?::text)
      order by wo.order_id, wo.stock_location_id
      limit ?`
  )
  const sessions = await read(
    `select ps.order_id, o.display_id as order_number, ps.stock_location_id, ps.id as holder_id
       from oms_pack_session ps
       left join "order" o on o.id = ps.order_id
      where ps.deleted_at is null and ps.status = 'open'
        and (?::text is null or ps.stock_location_id = ?::text)
      order by ps.order_id, ps.stock_location_id
      limit ?`
  )
  return {
    wave_claims: claims.holds,
    pack_sessions: sessions.holds,
    capped: claims.capped || sessions.capped,
    locationIds: [...claims.holds, ...sessions.holds].map((h) => h.stock_location_id),
  }
}
