import { model } from "@medusajs/framework/utils"

/**
 * A suggested move of one SKU's units between two centres, with what replaying past orders
 * with and without it showed (`value`, src/lib/stock/value-transfer.ts). Accepting it makes
 * the Medusa stock moves and records who and when; a suggestion nobody took is replaced by
 * the next run's.
 */
const StockTransfer = model
  .define("oms_stock_transfer", {
    id: model.id({ prefix: "stktr" }).primaryKey(),
    run_id: model.text().nullable(),
    inventory_item_id: model.text(),
    from_location_id: model.text(),
    to_location_id: model.text(),
    units: model.number(),
    status: model.enum(["suggested", "accepted", "dismissed"]).default("suggested"),
    value: model.json().nullable(),
    /** What the ranking sorts by: kilometres saved, then back-orders, then parcels. */
    score: model.float().default(0),
    accepted_by: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["status", "score"], where: "deleted_at IS NULL" },
    { on: ["run_id"], where: "deleted_at IS NULL" },
  ])

export default StockTransfer
