import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { daySeries } from "../../../../../../lib/stock"
import { OMS_MODULE } from "../../../../../../modules/oms"
import type OmsModuleService from "../../../../../../modules/oms/service"
import { loadEffectiveSettings } from "../../../../../../workflows/stock/load-effective-settings"
import { orderedStockHealthRows, stockHealthRowOut } from "../../../../../../workflows/stock/stock-health-query"
import { STOCK_WINDOW_DAYS, stockWindow } from "../../../../../../workflows/stock/stock-window"

/**
 * GET /admin/oms/stock-health/items/:inventory_item_id — one SKU at every centre: its
 * stock-health rows, the settings in force at each centre (and where each came from: the SKU,
 * the centre or the plugin's default) and its units per local day over the last 90 days, oldest
 * first, with the stock-out days marked. 404 for an unknown item.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.inventory_item_id
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const item = await knex("inventory_item").select("id", "sku", "title").where({ id }).whereNull("deleted_at").first()
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${id} was not found`)
  const window = stockWindow((req.scope.resolve(OMS_MODULE) as OmsModuleService).getOptions().reportingTimeZone)
  const rows = (await orderedStockHealthRows(req.scope, { inventory_item_id: id }, {})).map(stockHealthRowOut)
  const centreIds = rows.map((r) => r.stock_location_id)
  const [settings, facts] = await Promise.all([
    loadEffectiveSettings(req.scope, centreIds, id),
    knex("oms_stock_day").select("stock_location_id", "day", "units", "backordered", "on_hand", "stock_out").where({ inventory_item_id: id }).whereNull("deleted_at").where("day", ">=", window.first).where("day", "<=", window.today),
  ])
  res.json({
    item: { id: item.id, sku: item.sku ?? null, title: item.title ?? null },
    centres: rows.map((row) => {
      const series = daySeries(facts.filter((f: { stock_location_id: string }) => f.stock_location_id === row.stock_location_id), window.today, STOCK_WINDOW_DAYS)
      return {
        ...row,
        settings: settings.get(row.stock_location_id),
        daily: series.days.map((day, i) => ({ day, units: series.units[i], stock_out: series.stock_out[i] })),
      }
    }),
  })
}
