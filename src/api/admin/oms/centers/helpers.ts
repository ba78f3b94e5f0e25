import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { DEFAULT_CENTER_PRIORITY } from "../../../../lib/routing-input"

export interface StockSummary {
  skus: number
  units: number
  reserved: number
  available: number
  low_stock_skus: number
}

const EMPTY_SUMMARY: StockSummary = { skus: 0, units: 0, reserved: 0, available: 0, low_stock_skus: 0 }

/** One aggregate over Medusa's inventory levels per location (read-only). */
export async function loadStockSummaries(
  container: MedusaContainer,
  locationIds: string[],
  lowStockThreshold: number
): Promise<Record<string, StockSummary>> {
  if (!locationIds.length) {
    return {}
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex("inventory_level")
    .select("location_id")
    .select(knex.raw("count(distinct inventory_item_id)::int as skus"))
    .select(knex.raw("coalesce(sum(stocked_quantity), 0)::float as units"))
    .select(knex.raw("coalesce(sum(reserved_quantity), 0)::float as reserved"))
    .select(
      knex.raw(
        "count(*) filter (where stocked_quantity - reserved_quantity <= ?)::int as low_stock_skus",
        [lowStockThreshold]
      )
    )
    .whereNull("deleted_at")
    .whereIn("location_id", locationIds)
    .groupBy("location_id")
  const summaries: Record<string, StockSummary> = {}
  for (const row of rows) {
    summaries[row.location_id] = {
      skus: row.skus,
      units: row.units,
      reserved: row.reserved,
      available: row.units - row.reserved,
      low_stock_skus: row.low_stock_skus,
    }
  }
  return summaries
}

/** Centres = Medusa stock locations merged with their OMS profile (defaults when none yet). */
export async function listCenters(container: MedusaContainer, filters: Record<string, unknown> = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "name",
      "address.city",
      "address.province",
      "address.country_code",
      "sales_channels.id",
      "sales_channels.name",
    ],
    filters,
  })
  const ids = locations.map((l) => l.id)
  const [profiles, summaries] = await Promise.all([
    ids.length ? oms.listFulfillmentCenters({ stock_location_id: ids }) : Promise.resolve([]),
    loadStockSummaries(container, ids, oms.getOptions().lowStockThreshold),
  ])
  const byLocation = new Map(profiles.map((p) => [p.stock_location_id, p] as const))
  return locations
    .map((location) => {
      const profile = byLocation.get(location.id)
      return {
        id: profile?.id ?? null,
        stock_location_id: location.id,
        name: location.name,
        city: location.address?.city ?? null,
        province: location.address?.province ?? null,
        country_code: location.address?.country_code ?? null,
        sales_channels: (location.sales_channels ?? []).filter(Boolean).map((c) => ({ id: c!.id, name: c!.name })),
        has_profile: !!profile,
        latitude: profile?.latitude ?? null,
        longitude: profile?.longitude ?? null,
        priority: profile?.priority ?? DEFAULT_CENTER_PRIORITY,
        active: profile?.active ?? true,
        daily_order_capacity: profile?.daily_order_capacity ?? null,
        cutoff_time: profile?.cutoff_time ?? null,
        time_zone: profile?.time_zone ?? "Asia/Jakarta",
        serves_countries: profile?.serves_countries ?? [],
        serves_provinces: profile?.serves_provinces ?? [],
        stock: summaries[location.id] ?? EMPTY_SUMMARY,
      }
    })
    .sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
}
