import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addLocalDemand, type CentreStock, type LocalUnits, type LocatedCentre } from "../../lib/stock"
import { buildCandidates } from "../../lib/routing-input"
import type { CenterCandidate, LineDemand, StockView } from "../../lib/routing/types"
import type { ReplayOrder } from "../../lib/simulation"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { loadChannelLocations } from "../steps/load-routing-context"

type Container = { resolve: (key: string) => any }
const PAGE = 5_000

/** Active centres with their coordinates (the OMS profiles). */
export async function loadLocatedCentres(container: Container): Promise<LocatedCentre[]> {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const profiles = await oms.listFulfillmentCenters({ active: true })
  return profiles.map((p) => ({
    stock_location_id: p.stock_location_id,
    point: p.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null,
  }))
}

/**
 * Units each centre's nearby customers ordered since `since`, per item, read page by page
 * (keyset on id) so 300,000 orders never sit in memory at once.
 */
export async function loadLocalDemand(container: Container, since: Date, centres: LocatedCentre[]) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const units: LocalUnits = new Map()
  let orders = 0
  let after = ""
  for (;;) {
    const rows = await knex("oms_order_demand")
      .select("id", "latitude", "longitude", "items")
      .whereNull("deleted_at")
      .where("placed_at", ">=", since)
      .where("id", ">", after)
      .orderBy("id")
      .limit(PAGE)
    for (const row of rows) addLocalDemand(units, row, centres)
    orders += rows.length
    if (rows.length < PAGE) break
    after = rows[rows.length - 1].id
  }
  return { units, orders }
}

/** Each item's view per centre for the suggestions: the stock-health rows plus any centre whose customers want it. */
export async function loadCentreStock(container: Container, units: LocalUnits, days: number): Promise<Map<string, CentreStock[]>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex("oms_stock_health").select("inventory_item_id", "stock_location_id", "available", "reorder_point").whereNull("deleted_at")
  const out = new Map<string, CentreStock[]>()
  const seen = new Set<string>()
  for (const row of rows) {
    const list = out.get(row.inventory_item_id) ?? []
    list.push({
      stock_location_id: row.stock_location_id,
      available: Number(row.available),
      reorder_point: Number(row.reorder_point),
      local_demand: (units.get(row.inventory_item_id)?.get(row.stock_location_id) ?? 0) / days,
    })
    out.set(row.inventory_item_id, list)
    seen.add(`${row.inventory_item_id}|${row.stock_location_id}`)
  }
  // a centre that never stocked the item still asks for it when customers near it buy it
  for (const [item, byCentre] of units) {
    if (!out.has(item)) continue
    for (const [centre, n] of byCentre) {
      if (seen.has(`${item}|${centre}`)) continue
      out.get(item)!.push({ stock_location_id: centre, available: 0, reorder_point: 0, local_demand: n / days })
    }
  }
  return out
}

/**
 * The orders since `since` that hold any of the items (every order when `itemIds` is null, at
 * most `max`), as the replay takes them, with each channel's centres built as routing builds them.
 */
export async function loadReplayOrders(container: Container, since: Date, itemIds: string[] | null, max = Infinity): Promise<ReplayOrder[]> {
  if (itemIds && !itemIds.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const rows: any[] = []
  let after = ""
  while (rows.length < max) {
    const select = knex("oms_order_demand")
      .select("id", "order_id", "placed_at", "sales_channel_id", "country_code", "province", "latitude", "longitude", "lines")
      .whereNull("deleted_at")
      .where("placed_at", ">=", since)
      .where("id", ">", after)
    // the GIN index answers each containment
    if (itemIds) {
      select.where((q: any) => {
        for (const id of itemIds) q.orWhereRaw("items @> ?::jsonb", [JSON.stringify([{ inventory_item_id: id }])])
      })
    }
    const page = await select.orderBy("id").limit(Math.min(PAGE, max - rows.length))
    rows.push(...page)
    if (page.length < PAGE) break
    after = page[page.length - 1].id
  }
  const profiles = await oms.listFulfillmentCenters({})
  const centresByChannel = new Map<string, CenterCandidate[]>()
  for (const channel of new Set(rows.map((r) => r.sales_channel_id ?? ""))) {
    centresByChannel.set(channel, buildCandidates(await loadChannelLocations(query, channel || null), profiles as never, {}))
  }
  return rows.map((r) => ({
    order_id: r.order_id,
    placed_at: new Date(r.placed_at).toISOString(),
    destination: {
      point: r.latitude != null && r.longitude != null ? { latitude: Number(r.latitude), longitude: Number(r.longitude) } : null,
      country_code: r.country_code,
      province: r.province,
      source: "order as placed",
    },
    lines: r.lines as LineDemand[],
    centers: centresByChannel.get(r.sales_channel_id ?? "") ?? [],
  }))
}

/** Medusa's stocked quantity of the items at every location: where every replay starts, as the simulator's does. */
export async function loadStockedQuantities(container: Container, itemIds: string[]): Promise<StockView> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const stock: StockView = {}
  for (let i = 0; i < itemIds.length; i += 1000) {
    const levels = await knex("inventory_level")
      .select("location_id", "inventory_item_id", "stocked_quantity")
      .whereNull("deleted_at")
      .whereIn("inventory_item_id", itemIds.slice(i, i + 1000))
    for (const level of levels) (stock[level.location_id] ??= {})[level.inventory_item_id] = Number(level.stocked_quantity)
  }
  return stock
}
