import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DemandGroupRow } from "../../../../lib/geo"

export interface DemandFilters {
  from: Date
  to: Date
  sales_channel_id?: string
  /** Only orders with this inventory item, counting its units instead of the orders' units. */
  inventory_item_id?: string
}

/**
 * The period's orders grouped by country and province in one query over oms_order_demand.
 * Provinces outside `provinceCodes` group as null, so free-typed names cannot multiply the rows
 * (at most one row per country plus one per province).
 */
export async function loadDemandGroups(
  scope: MedusaContainer,
  filters: DemandFilters,
  country: string,
  provinceCodes: string[]
): Promise<DemandGroupRow[]> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const item = filters.inventory_item_id
  const units = item
    ? knex.raw(
        `coalesce(sum((select sum((e->>'quantity')::numeric) from jsonb_array_elements(d.items) e where e->>'inventory_item_id' = ?)), 0)`,
        [item]
      )
    : knex.raw(`coalesce(sum(d.units), 0)`)
  const province = knex.raw(`case when upper(d.country_code) = ? and d.province = any(?) then d.province end`, [country, provinceCodes])
  const query = knex("oms_order_demand as d")
    .select({
      country_code: knex.raw(`upper(d.country_code)`),
      province,
      orders: knex.raw(`count(*)`),
      units,
      distance_km_sum: knex.raw(`coalesce(sum(d.distance_km), 0)`),
      distance_count: knex.raw(`count(d.distance_km)`),
    })
    .whereNull("d.deleted_at")
    .where("d.placed_at", ">=", filters.from)
    .where("d.placed_at", "<", filters.to)
    .groupBy(1, 2)
  if (filters.sales_channel_id) query.where("d.sales_channel_id", filters.sales_channel_id)
  // containment so the GIN index on items finds the orders
  if (item) query.whereRaw(`d.items @> ?::jsonb`, [JSON.stringify([{ inventory_item_id: item }])])
  const rows = await query
  return rows.map((r: Record<string, unknown>) => ({
    country_code: (r.country_code as string | null) ?? null,
    province: (r.province as string | null) ?? null,
    orders: Number(r.orders),
    units: Number(r.units),
    distance_km_sum: Number(r.distance_km_sum),
    distance_count: Number(r.distance_count),
  }))
}
