import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { pipeline } from "node:stream/promises"
import { CONDITION_SEVERITY } from "../../../../lib/stock"
import { orderedStockHealthRows, STOCK_HEALTH_COLUMNS, stockHealthPages, stockHealthQuery, stockHealthRowOut } from "../../../../workflows/stock/stock-health-query"
import { STOCK_STATE_ID } from "../../../../workflows/stock/stock-window"
import { assertStockLocation } from "../bins/helpers"
import type { StockHealthQueryType } from "./validators"

/**
 * GET /admin/oms/stock-health?stock_location_id=&condition=a,b&q=&sort=&order=&limit=&offset=&format=json|csv
 * — the stock-health table: one row per SKU × centre as the last refresh left it, filtered,
 * sorted (worst condition, then fastest selling, by default) and paged in SQL; beside them the
 * rows per condition over the same filters without the condition (the page's tabs), the
 * centres to filter by, and when the rows were worked out. format=csv streams every matching
 * row as a CSV attachment.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StockHealthQueryType>, res: MedusaResponse) {
  const { limit, offset, format, sort, order, ...filters } = req.validatedQuery as StockHealthQueryType
  if (filters.stock_location_id) await assertStockLocation(req.scope, filters.stock_location_id)
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="stock-health-${new Date().toISOString().slice(0, 10)}.csv"`)
    await pipeline(stockHealthPages(req.scope, filters, { sort, order }), stringify({ header: true, columns: [...STOCK_HEALTH_COLUMNS] }), res)
    return
  }
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // one count per condition over the filters without the condition: the tabs, and (summed over the asked conditions) the total
  const [rows, byCondition, centres, [state]] = await Promise.all([
    orderedStockHealthRows(req.scope, filters, { sort, order }).limit(limit).offset(offset),
    stockHealthQuery(req.scope, filters, false).select("h.condition").count({ n: "*" }).groupBy("h.condition"),
    knex("stock_location").select("id", "name").whereNull("deleted_at").orderBy([{ column: "name" }, { column: "id" }]),
    knex("oms_stock_refresh_state").select("health_refreshed_at as refreshed_at").where({ id: STOCK_STATE_ID }),
  ])
  const counts = Object.fromEntries(CONDITION_SEVERITY.map((c) => [c, 0])) as Record<(typeof CONDITION_SEVERITY)[number], number>
  for (const r of byCondition) counts[r.condition as keyof typeof counts] = Number(r.n)
  const asked: readonly (keyof typeof counts)[] = filters.condition?.length ? [...new Set(filters.condition)] : CONDITION_SEVERITY
  const count = asked.reduce<number>((sum, c) => sum + counts[c], 0)
  res.json({
    rows: rows.map(stockHealthRowOut),
    count,
    limit,
    offset,
    refreshed_at: state?.refreshed_at ? new Date(state.refreshed_at).toISOString() : null,
    counts,
    centres: centres.map((c: { id: string; name: string | null }) => ({ id: c.id, name: c.name })),
  })
}
