import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONDITION_SEVERITY } from "../../lib/stock/condition-order"

export const STOCK_HEALTH_SORTS = ["sku", "title", "on_hand", "available", "velocity_28", "days_of_supply", "demand_missed", "reorder_point", "condition"] as const
export type StockHealthSort = (typeof STOCK_HEALTH_SORTS)[number]
export type StockCondition = (typeof CONDITION_SEVERITY)[number]

export interface StockHealthFilters {
  stock_location_id?: string
  condition?: StockCondition[]
  q?: string
  inventory_item_id?: string
}

export interface StockHealthOrder {
  sort?: StockHealthSort
  order?: "asc" | "desc"
}

/** The columns of a row, in the CSV's order (the route's Row). */
export const STOCK_HEALTH_COLUMNS = [
  "inventory_item_id", "stock_location_id", "location_name", "sku", "title", "on_hand", "reserved", "available", "in_bins", "unassigned",
  "backordered", "velocity_7", "velocity_28", "velocity_90", "days_of_supply", "turnover_90", "stock_out_days", "demand_missed",
  "safety_stock", "reorder_point", "suggested_order", "reorder_now", "condition", "last_sale_day",
] as const

/** Written as the index IDX_oms_stock_health_default_order has it (stock migration 20261201201000), so the default order reads from it. */
const SEVERITY_SQL = `(case h.condition ${CONDITION_SEVERITY.map((c, i) => `when '${c}' then ${i}`).join(" ")} end)`
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The stock-health rows a filter selects (`withCondition` false leaves the condition filter out, for the counts per condition). */
export function stockHealthQuery(container: any, f: StockHealthFilters, withCondition = true) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const q = knex("oms_stock_health as h").whereNull("h.deleted_at")
  if (f.stock_location_id) q.where("h.stock_location_id", f.stock_location_id)
  if (f.inventory_item_id) q.where("h.inventory_item_id", f.inventory_item_id)
  if (withCondition && f.condition?.length) q.whereIn("h.condition", f.condition)
  if (f.q) {
    // matched on the few thousand inventory items and products, then the rows read by item
    // (an index), instead of a text scan of every SKU × centre row. Medusa names an inventory
    // item after its variant ("M", "250 g"): the product's name is matched through its variants.
    const like = `%${escapeLike(f.q)}%`
    const byItem = knex("inventory_item as i")
      .whereNull("i.deleted_at")
      .where((w: any) => w.whereILike("i.sku", like).orWhereILike("i.title", like).orWhere("i.id", f.q))
      .select("i.id")
    const byProduct = knex("product as p")
      .join("product_variant as v", "v.product_id", "p.id")
      .join("product_variant_inventory_item as pvi", "pvi.variant_id", "v.id")
      .whereNull("p.deleted_at")
      .whereNull("v.deleted_at")
      .whereNull("pvi.deleted_at")
      .whereILike("p.title", like)
      .select("pvi.inventory_item_id")
    q.where((w: any) => w.whereIn("h.inventory_item_id", byItem).orWhereIn("h.inventory_item_id", byProduct))
  }
  return q
}

/** The page's rows in the asked order (default: worst condition first, then fastest selling), ties in a fixed order. */
export function orderedStockHealthRows(container: any, f: StockHealthFilters, o: StockHealthOrder) {
  const q = stockHealthQuery(container, f)
    .leftJoin("stock_location as l", "l.id", "h.stock_location_id")
    .select(STOCK_HEALTH_COLUMNS.map((c) => (c === "location_name" ? "l.name as location_name" : `h.${c}`)))
  const dir = o.order === "desc" ? "desc" : "asc"
  if (!o.sort) q.orderByRaw(`${SEVERITY_SQL} asc, h.velocity_28 desc`)
  else if (o.sort === "condition") q.orderByRaw(`${SEVERITY_SQL} ${dir}, h.velocity_28 desc`)
  else {
    // ties in the sort's own direction: the whole order reads from the column's index (stock migration 20261201211500)
    return q.orderBy([{ column: `h.${o.sort}`, order: dir }, { column: "h.inventory_item_id", order: dir }, { column: "h.stock_location_id", order: dir }])
  }
  return q.orderBy([{ column: "h.inventory_item_id" }, { column: "h.stock_location_id" }])
}

/** A stored row as the route answers it (numbers as numbers). */
export function stockHealthRowOut(r: Record<string, any>) {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
  return {
    inventory_item_id: r.inventory_item_id,
    stock_location_id: r.stock_location_id,
    location_name: r.location_name ?? null,
    sku: r.sku ?? null,
    title: r.title ?? null,
    on_hand: Number(r.on_hand),
    reserved: Number(r.reserved),
    available: Number(r.available),
    in_bins: Number(r.in_bins),
    unassigned: Number(r.unassigned),
    backordered: Number(r.backordered),
    velocity_7: Number(r.velocity_7),
    velocity_28: Number(r.velocity_28),
    velocity_90: Number(r.velocity_90),
    days_of_supply: num(r.days_of_supply),
    turnover_90: num(r.turnover_90),
    stock_out_days: Number(r.stock_out_days),
    demand_missed: Number(r.demand_missed),
    safety_stock: Number(r.safety_stock),
    reorder_point: Number(r.reorder_point),
    suggested_order: Number(r.suggested_order),
    reorder_now: Boolean(r.reorder_now),
    condition: r.condition as StockCondition,
    last_sale_day: r.last_sale_day ?? null,
  }
}

export type StockHealthRowOut = ReturnType<typeof stockHealthRowOut>

const EXPORT_PAGE = 2_000

/** Every matching row in the asked order, a page at a time (an export of any length holds one page). */
export async function* stockHealthPages(container: any, f: StockHealthFilters, o: StockHealthOrder): AsyncGenerator<StockHealthRowOut> {
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await orderedStockHealthRows(container, f, o).limit(EXPORT_PAGE).offset(offset)
    for (const r of page) yield stockHealthRowOut(r)
    if (page.length < EXPORT_PAGE) return
  }
}
