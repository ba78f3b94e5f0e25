import { model } from "@medusajs/framework/utils"

/**
 * One inventory item at one centre on one local day (the reporting time zone's): units its
 * shipments of orders placed that day carry, units back-ordered for it, and what the shelf held
 * when the day was sampled. `stock_out` is true when any sample of the day found nothing
 * available: such a day is left out of the demand figures (src/lib/stock/velocity.ts).
 * Rows exist only for days with sales, back-orders or a sample.
 */
const StockDay = model
  .define("oms_stock_day", {
    id: model.id({ prefix: "stkday" }).primaryKey(),
    inventory_item_id: model.text(),
    stock_location_id: model.text(),
    day: model.text(),
    units: model.number().default(0),
    backordered: model.number().default(0),
    on_hand: model.number().nullable(),
    stock_out: model.boolean().default(false),
  })
  .indexes([
    { name: "IDX_oms_stock_day_cell", on: ["inventory_item_id", "stock_location_id", "day"], unique: true },
    { on: ["day"] },
  ])

export default StockDay
