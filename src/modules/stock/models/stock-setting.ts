import { model } from "@medusajs/framework/utils"

/**
 * Reorder settings for a centre (`inventory_item_id` null) or one SKU at a centre, over the
 * plugin's defaults (options.stock). Null fields fall through to the next level:
 * SKU at centre → centre → plugin option.
 */
const StockSetting = model
  .define("oms_stock_setting", {
    id: model.id({ prefix: "stkset" }).primaryKey(),
    stock_location_id: model.text(),
    inventory_item_id: model.text().nullable(),
    service_level: model.float().nullable(),
    lead_time_days: model.float().nullable(),
    target_days_of_supply: model.float().nullable(),
    overstock_days: model.float().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_oms_stock_setting_scope", on: ["stock_location_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default StockSetting
