import { model } from "@medusajs/framework/utils"

/**
 * The stock-health table's row for one inventory item at one centre, worked out by the
 * refresh-stock-health job from the day rows, Medusa's inventory level and the bins (rules in
 * src/lib/stock/health-row.ts). The page filters, sorts and pages these rows instead of working
 * out 100,000 rows per request; `refreshed_at` says how fresh they are.
 */
const StockHealth = model
  .define("oms_stock_health", {
    id: model.id({ prefix: "stkhlth" }).primaryKey(),
    inventory_item_id: model.text(),
    stock_location_id: model.text(),
    sku: model.text().nullable(),
    title: model.text().nullable(),
    on_hand: model.number().default(0),
    reserved: model.number().default(0),
    available: model.number().default(0),
    in_bins: model.number().default(0),
    unassigned: model.number().default(0),
    backordered: model.number().default(0),
    velocity_7: model.float().default(0),
    velocity_28: model.float().default(0),
    velocity_90: model.float().default(0),
    days_of_supply: model.float().nullable(),
    turnover_90: model.float().nullable(),
    stock_out_days: model.number().default(0),
    demand_missed: model.float().default(0),
    safety_stock: model.float().default(0),
    reorder_point: model.float().default(0),
    suggested_order: model.number().default(0),
    reorder_now: model.boolean().default(false),
    condition: model.enum(["stock_out", "low", "dead", "overstock", "ok"]).default("ok"),
    last_sale_day: model.text().nullable(),
    refreshed_at: model.dateTime(),
  })
  .indexes([
    { name: "IDX_oms_stock_health_cell", on: ["inventory_item_id", "stock_location_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "condition"], where: "deleted_at IS NULL" },
    { on: ["condition"], where: "deleted_at IS NULL" },
    { on: ["sku"], where: "deleted_at IS NULL" },
  ])

export default StockHealth
