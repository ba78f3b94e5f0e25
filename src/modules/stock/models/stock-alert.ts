import { model } from "@medusajs/framework/utils"

/**
 * An alert announced for one SKU × centre × condition (`key`, src/lib/stock/alerts.ts), kept
 * until the condition clears so the next run does not announce it again. A cleared alert keeps
 * its row with `cleared_at`; a new occurrence later is a new row.
 */
const StockAlert = model
  .define("oms_stock_alert", {
    id: model.id({ prefix: "stkalrt" }).primaryKey(),
    key: model.text(),
    kind: model.text(),
    stock_location_id: model.text().nullable(),
    inventory_item_id: model.text().nullable(),
    message: model.json().nullable(),
    posted_at: model.dateTime(),
    /** Null when the feed could not take it (no feed provider): the page still lists it. */
    notification_id: model.text().nullable(),
    cleared_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_oms_stock_alert_open_key", on: ["key"], unique: true, where: "cleared_at IS NULL AND deleted_at IS NULL" },
    { on: ["kind", "cleared_at"], where: "deleted_at IS NULL" },
  ])

export default StockAlert
