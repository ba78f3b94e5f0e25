import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { effectiveSettings, type EffectiveSettings, type SettingOverride } from "../../lib/stock"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"

/**
 * The settings in force at each centre (for one SKU there when `inventory_item_id` is given),
 * each field with where it came from, read from the stored overrides over the plugin option.
 */
export async function loadEffectiveSettings(container: any, centreIds: string[], inventoryItemId?: string | null): Promise<Map<string, EffectiveSettings>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const defaults = (container.resolve(OMS_MODULE) as OmsModuleService).getOptions().stock
  const stored: (SettingOverride & { stock_location_id: string; inventory_item_id: string | null })[] = centreIds.length
    ? await knex("oms_stock_setting")
        .select("*")
        .whereNull("deleted_at")
        .whereIn("stock_location_id", centreIds)
        .where((q: any) => (inventoryItemId ? q.whereNull("inventory_item_id").orWhere("inventory_item_id", inventoryItemId) : q.whereNull("inventory_item_id")))
    : []
  return new Map(
    centreIds.map((id) => {
      const centre = stored.find((s) => s.stock_location_id === id && !s.inventory_item_id)
      const sku = inventoryItemId ? stored.find((s) => s.stock_location_id === id && s.inventory_item_id === inventoryItemId) : undefined
      return [id, effectiveSettings(defaults, centre, sku)]
    })
  )
}
