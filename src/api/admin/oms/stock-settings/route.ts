import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { loadEffectiveSettings } from "../../../../workflows/stock/load-effective-settings"
import { saveStockSettingWorkflow } from "../../../../workflows/stock/save-stock-setting"
import type { SaveStockSettingBodyType, StockSettingsQueryType } from "./validators"

const DEFAULT_FIELDS = (s: ReturnType<OmsModuleService["getOptions"]>["stock"]) => ({
  service_level: s.serviceLevel,
  lead_time_days: s.leadTimeDays,
  target_days_of_supply: s.targetDaysOfSupply,
  overstock_days: s.overstockDays,
})

/**
 * GET /admin/oms/stock-settings?stock_location_id=&inventory_item_id= — the plugin's defaults
 * and the reorder settings in force at each centre (only the one asked for, when given; for one
 * SKU there with inventory_item_id), each field with where it came from; with a centre, also the
 * SKU overrides kept there. 404 for an unknown centre or item.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StockSettingsQueryType>, res: MedusaResponse) {
  const { stock_location_id, inventory_item_id } = req.validatedQuery as StockSettingsQueryType
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const centresQuery = knex("stock_location").select("id", "name").whereNull("deleted_at").orderBy([{ column: "name" }, { column: "id" }])
  if (stock_location_id) centresQuery.where({ id: stock_location_id })
  const centres: { id: string; name: string | null }[] = await centresQuery
  if (stock_location_id && !centres.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stock_location_id} was not found`)
  if (inventory_item_id && !(await knex("inventory_item").select("id").where({ id: inventory_item_id }).whereNull("deleted_at").first())) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${inventory_item_id} was not found`)
  }
  const settings = await loadEffectiveSettings(req.scope, centres.map((c) => c.id), inventory_item_id)
  const overrides = stock_location_id
    ? await knex("oms_stock_setting as s")
        .leftJoin("inventory_item as i", "i.id", "s.inventory_item_id")
        .select("s.inventory_item_id", "i.sku", "i.title", "s.service_level", "s.lead_time_days", "s.target_days_of_supply", "s.overstock_days")
        .whereNull("s.deleted_at")
        .where("s.stock_location_id", stock_location_id)
        .whereNotNull("s.inventory_item_id")
        .orderBy("i.sku")
        .limit(1000)
    : undefined
  res.json({
    defaults: DEFAULT_FIELDS((req.scope.resolve(OMS_MODULE) as OmsModuleService).getOptions().stock),
    centres: centres.map((c) => ({ id: c.id, name: c.name, inventory_item_id: inventory_item_id ?? null, settings: settings.get(c.id) })),
    ...(overrides ? { overrides } : {}),
  })
}

/**
 * POST /admin/oms/stock-settings { stock_location_id, inventory_item_id?, service_level?,
 * lead_time_days?, target_days_of_supply?, overstock_days? } — saves a centre's override (or one
 * SKU's there); null clears a field, a field left out stays. The scope's stock-health rows are
 * worked out again before the answer: the settings now in force and the rows rewritten.
 */
export async function POST(req: AuthenticatedMedusaRequest<SaveStockSettingBodyType>, res: MedusaResponse) {
  const body = req.validatedBody as SaveStockSettingBodyType
  const { result } = await saveStockSettingWorkflow(req.scope).run({ input: { ...body, updated_by: req.auth_context?.actor_id ?? null } })
  const settings = await loadEffectiveSettings(req.scope, [body.stock_location_id], body.inventory_item_id)
  res.json({
    stock_location_id: body.stock_location_id,
    inventory_item_id: body.inventory_item_id ?? null,
    settings: settings.get(body.stock_location_id),
    rows_refreshed: result.rows_refreshed,
  })
}
