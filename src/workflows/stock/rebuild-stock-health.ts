import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { daySeries, effectiveSettings, stockHealthRow, type SettingOverride, type StockDayFact } from "../../lib/stock"
import { averageOnHand } from "../../lib/stock/shelf-average"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { WAREHOUSE_MODULE } from "../../modules/warehouse"
import type WarehouseModuleService from "../../modules/warehouse/service"
import { STOCK_WINDOW_DAYS, stockWindow } from "./stock-window"

/** Inventory items worked out per round: their levels, day rows and bins are all that is in memory at once. */
export const HEALTH_ITEMS_PER_CHUNK = 250

export interface HealthScope {
  /** Only this centre's rows. */
  stock_location_id?: string
  /** Only these items' rows. */
  inventory_item_ids?: string[]
}

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))
const cellKey = (item: string, location: string) => `${item}|${location}`

/**
 * Rewrites the stock-health rows of the scope (every SKU × centre when empty) from the last 90
 * local days of day rows, Medusa's inventory levels, the bins and the settings, a chunk of
 * inventory items at a time, each chunk's rows replaced in one transaction. A pair gets a row when
 * Medusa has a level for it or it has day rows in the window. A full run also drops the rows of
 * items and centres that are gone. Returns the rows written.
 */
export async function rebuildStockHealth(container: any, scope: HealthScope = {}, now = new Date()): Promise<{ rows: number; items: number }> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const options = (container.resolve(OMS_MODULE) as OmsModuleService).getOptions()
  const window = stockWindow(options.reportingTimeZone, now)
  const refreshedAt = new Date()
  const centres = new Set<string>((await knex("stock_location").select("id").whereNull("deleted_at")).map((r: { id: string }) => r.id))
  const centreSettings = new Map<string, SettingOverride>(
    (await knex("oms_stock_setting").select("*").whereNull("deleted_at").whereNull("inventory_item_id")).map((r: any) => [r.stock_location_id, r])
  )
  let rows = 0
  let items = 0
  let after = ""
  for (;;) {
    const chunk = await nextItems(knex, scope, after)
    if (!chunk.length) break
    after = chunk[chunk.length - 1].id
    rows += await rebuildChunk(container, chunk, scope, { window, options, centres, centreSettings, refreshedAt })
    items += chunk.length
    await yieldToOthers()
    if (scope.inventory_item_ids) break
  }
  if (!scope.stock_location_id && !scope.inventory_item_ids) {
    await knex("oms_stock_health").where("refreshed_at", "<", refreshedAt).delete()
  }
  return { rows, items }
}

async function nextItems(knex: any, scope: HealthScope, after: string): Promise<{ id: string; sku: string | null; title: string | null }[]> {
  const q = knex("inventory_item").select("id", "sku", "title").whereNull("deleted_at").orderBy("id")
  if (scope.inventory_item_ids) return q.whereIn("id", scope.inventory_item_ids)
  return q.where("id", ">", after).limit(HEALTH_ITEMS_PER_CHUNK)
}

interface ChunkContext {
  window: ReturnType<typeof stockWindow>
  options: ReturnType<OmsModuleService["getOptions"]>
  centres: Set<string>
  centreSettings: Map<string, SettingOverride>
  refreshedAt: Date
}

async function rebuildChunk(container: any, chunk: { id: string; sku: string | null; title: string | null }[], scope: HealthScope, ctx: ChunkContext): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const ids = chunk.map((i) => i.id)
  const inScope = (q: any, column: string) => (scope.stock_location_id ? q.where(column, scope.stock_location_id) : q)
  const [levels, facts, skuSettings] = await Promise.all([
    inScope(knex("inventory_level").select("inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "incoming_quantity").whereNull("deleted_at").whereIn("inventory_item_id", ids), "location_id"),
    inScope(knex("oms_stock_day").select("inventory_item_id", "stock_location_id", "day", "units", "backordered", "on_hand", "stock_out").whereIn("inventory_item_id", ids).where("day", ">=", ctx.window.first).where("day", "<=", ctx.window.today), "stock_location_id"),
    inScope(knex("oms_stock_setting").select("*").whereNull("deleted_at").whereIn("inventory_item_id", ids), "stock_location_id"),
  ])
  const cells = new Map<string, { item: string; location: string; level?: any; facts: StockDayFact[] }>()
  const cellOf = (item: string, location: string) => {
    const key = cellKey(item, location)
    if (!cells.has(key)) cells.set(key, { item, location, facts: [] })
    return cells.get(key)!
  }
  for (const level of levels) if (ctx.centres.has(level.location_id)) cellOf(level.inventory_item_id, level.location_id).level = level
  for (const fact of facts) if (ctx.centres.has(fact.stock_location_id)) cellOf(fact.inventory_item_id, fact.stock_location_id).facts.push(fact)
  const pairs = [...cells.values()].map((c) => ({ stock_location_id: c.location, inventory_item_id: c.item }))
  const held = new Map((await warehouse.heldUnits(pairs)).map((h) => [cellKey(h.inventory_item_id, h.stock_location_id), h]))
  const skuOverrides = new Map<string, SettingOverride>(skuSettings.map((s: any) => [cellKey(s.inventory_item_id, s.stock_location_id), s]))
  const itemOf = new Map(chunk.map((i) => [i.id, i]))
  const rows = [...cells.values()].map((cell) => {
    const onHand = Math.round(Number(cell.level?.stocked_quantity ?? 0))
    const reserved = Math.round(Number(cell.level?.reserved_quantity ?? 0))
    const series = daySeries(cell.facts, ctx.window.today, STOCK_WINDOW_DAYS)
    const settings = effectiveSettings(ctx.options.stock, ctx.centreSettings.get(cell.location), skuOverrides.get(cellKey(cell.item, cell.location)))
    const health = stockHealthRow(
      {
        daily_units: series.daily_units,
        on_hand: onHand,
        reserved,
        on_order: Math.round(Number(cell.level?.incoming_quantity ?? 0)),
        backordered: series.backordered,
        days_since_last_sale: series.days_since_last_sale,
        average_on_hand: averageOnHand(series.on_hand, onHand),
      },
      settings,
      { overstock_days: settings.overstock_days, dead_after_days: ctx.options.stock.deadAfterDays }
    )
    const h = held.get(cellKey(cell.item, cell.location))
    const inBins = h?.in_bins ?? 0
    return {
      id: `stkhlth_${cell.item}_${cell.location}`.slice(0, 200),
      inventory_item_id: cell.item,
      stock_location_id: cell.location,
      sku: itemOf.get(cell.item)?.sku ?? null,
      title: itemOf.get(cell.item)?.title ?? null,
      on_hand: onHand,
      reserved,
      available: health.available,
      in_bins: inBins,
      unassigned: onHand - inBins - (h?.in_totes ?? 0),
      backordered: series.backordered,
      velocity_7: health.velocity_7,
      velocity_28: health.velocity_28,
      velocity_90: health.velocity_90,
      days_of_supply: health.days_of_supply,
      turnover_90: health.turnover_90,
      stock_out_days: health.stock_out_days,
      demand_missed: health.demand_missed,
      safety_stock: health.safety_stock,
      reorder_point: health.reorder_point,
      suggested_order: health.suggested_quantity,
      reorder_now: health.reorder_now,
      condition: health.condition,
      last_sale_day: series.last_sale_day,
      refreshed_at: ctx.refreshedAt,
    }
  })
  await knex.transaction(async (trx: any) => {
    await inScope(trx("oms_stock_health").whereIn("inventory_item_id", ids), "stock_location_id").delete()
    for (let i = 0; i < rows.length; i += 500) await trx("oms_stock_health").insert(rows.slice(i, i + 500))
  })
  return rows.length
}
