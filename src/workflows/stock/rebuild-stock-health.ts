import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { daySeriesOver, effectiveSettings, stockHealthRow, type SettingOverride, type StockDayFact } from "../../lib/stock"
import { averageOnHand } from "../../lib/stock/shelf-average"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { WAREHOUSE_MODULE } from "../../modules/warehouse"
import type WarehouseModuleService from "../../modules/warehouse/service"
import { STOCK_STATE_ID, stockWindow } from "./stock-window"

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
 * Medusa has a level for it or it has day rows in the window; a row's `refreshed_at` is when its
 * figures last changed. A full run also drops the rows of items and centres that are gone and
 * records its time as the page's "as of". Returns the rows worked out.
 */
export async function rebuildStockHealth(container: any, scope: HealthScope = {}, now = new Date()): Promise<{ rows: number; items: number }> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ctx = await loadHealthContext(container, now)
  let rows = 0
  let items = 0
  for await (const chunk of itemChunks(knex, scope)) {
    const computed = await healthRowsOf(container, chunk, scope, ctx)
    await knex.transaction((trx: any) => writeHealthRows(trx, chunk.map((i) => i.id), scope, computed))
    rows += computed.length
    items += chunk.length
    await yieldToOthers()
  }
  if (!scope.stock_location_id && !scope.inventory_item_ids) {
    await knex.raw(
      `delete from oms_stock_health h where h.deleted_at is null and (
         not exists (select 1 from inventory_item i where i.id = h.inventory_item_id and i.deleted_at is null)
         or not exists (select 1 from stock_location l where l.id = h.stock_location_id and l.deleted_at is null))`
    )
    await knex("oms_stock_refresh_state")
      .insert({ id: STOCK_STATE_ID, health_refreshed_at: ctx.refreshedAt })
      .onConflict("id")
      .merge({ health_refreshed_at: ctx.refreshedAt, updated_at: knex.fn.now() })
  }
  return { rows, items }
}

/** Figures of a row: a row whose figures are all unchanged is not written again (most rows between two runs of a day). */
const FIGURES = [
  "sku", "title", "on_hand", "reserved", "available", "in_bins", "unassigned", "backordered", "velocity_7", "velocity_28", "velocity_90",
  "days_of_supply", "turnover_90", "stock_out_days", "demand_missed", "safety_stock", "reorder_point", "suggested_order", "reorder_now",
  "condition", "last_sale_day",
]

/**
 * Writes a chunk's rows: new pairs inserted, changed ones updated, unchanged ones left alone (no
 * dead rows, no index churn), and the chunk's pairs that no longer have a row removed.
 */
async function writeHealthRows(trx: any, itemIds: string[], scope: HealthScope, rows: Record<string, unknown>[]) {
  const pairs = rows.map((r) => cellKey(r.inventory_item_id as string, r.stock_location_id as string))
  await inScope(trx("oms_stock_health").whereNull("deleted_at").whereIn("inventory_item_id", itemIds), scope, "stock_location_id")
    .whereRaw(`not ((inventory_item_id || '|' || stock_location_id) = any(?::text[]))`, [pairs])
    .delete()
  const set = [...FIGURES, "refreshed_at"].map((c) => `"${c}" = excluded."${c}"`).join(", ")
  const changed = `(${FIGURES.map((c) => `oms_stock_health."${c}"`).join(", ")}) is distinct from (${FIGURES.map((c) => `excluded."${c}"`).join(", ")})`
  for (let i = 0; i < rows.length; i += 500) {
    const { sql, bindings } = trx("oms_stock_health").insert(rows.slice(i, i + 500)).toSQL()
    await trx.raw(`${sql} on conflict (inventory_item_id, stock_location_id) where deleted_at is null do update set ${set}, updated_at = now() where ${changed}`, bindings)
  }
}

/** What every chunk is worked out with: the window, the options, the centres and the centre settings. */
export async function loadHealthContext(container: any, now = new Date()): Promise<HealthContext> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const options = (container.resolve(OMS_MODULE) as OmsModuleService).getOptions()
  const centres = new Set<string>((await knex("stock_location").select("id").whereNull("deleted_at")).map((r: { id: string }) => r.id))
  const centreSettings = new Map<string, SettingOverride>(
    (await knex("oms_stock_setting").select("*").whereNull("deleted_at").whereNull("inventory_item_id")).map((r: any) => [r.stock_location_id, r])
  )
  return { window: stockWindow(options.reportingTimeZone, now), options, centres, centreSettings, refreshedAt: new Date() }
}

/** The scope's inventory items in id order, a chunk at a time. */
export async function* itemChunks(knex: any, scope: HealthScope): AsyncGenerator<HealthItem[]> {
  if (scope.inventory_item_ids) {
    for (let i = 0; i < scope.inventory_item_ids.length; i += HEALTH_ITEMS_PER_CHUNK) {
      const ids = scope.inventory_item_ids.slice(i, i + HEALTH_ITEMS_PER_CHUNK)
      yield await knex("inventory_item").select("id", "sku", "title").whereNull("deleted_at").whereIn("id", ids).orderBy("id")
    }
    return
  }
  for (let after = ""; ; ) {
    const chunk: HealthItem[] = await knex("inventory_item").select("id", "sku", "title").whereNull("deleted_at").where("id", ">", after).orderBy("id").limit(HEALTH_ITEMS_PER_CHUNK)
    if (!chunk.length) return
    yield chunk
    after = chunk[chunk.length - 1].id
  }
}

const inScope = (q: any, scope: HealthScope, column: string) => (scope.stock_location_id ? q.where(column, scope.stock_location_id) : q)

export type HealthItem = { id: string; sku: string | null; title: string | null }

export interface HealthContext {
  window: ReturnType<typeof stockWindow>
  options: ReturnType<OmsModuleService["getOptions"]>
  centres: Set<string>
  centreSettings: Map<string, SettingOverride>
  refreshedAt: Date
}

/** The stock-health rows of a chunk of items (every centre, or the scope's), as stored: read, not written. */
export async function healthRowsOf(container: any, chunk: HealthItem[], scope: HealthScope, ctx: HealthContext) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const ids = chunk.map((i) => i.id)
  const [levels, facts, skuSettings] = await Promise.all([
    inScope(knex("inventory_level").select("inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "incoming_quantity").whereNull("deleted_at").whereIn("inventory_item_id", ids), scope, "location_id"),
    inScope(knex("oms_stock_day").select("inventory_item_id", "stock_location_id", "day", "units", "backordered", "on_hand", "stock_out").whereNull("deleted_at").whereIn("inventory_item_id", ids).where("day", ">=", ctx.window.first).where("day", "<=", ctx.window.today), scope, "stock_location_id"),
    inScope(knex("oms_stock_setting").select("*").whereNull("deleted_at").whereIn("inventory_item_id", ids), scope, "stock_location_id"),
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
    const series = daySeriesOver(cell.facts, ctx.window.days)
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
  return rows
}
