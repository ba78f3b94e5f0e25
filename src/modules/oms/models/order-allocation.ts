import { model } from "@medusajs/framework/utils"

/**
 * Row form of the current decision's allocations (one per line per centre), so capacity,
 * load per centre and later KPIs are plain SQL aggregates. Rows of superseded decisions get
 * `active = false`.
 */
const OrderAllocation = model
  .define("oms_order_allocation", {
    id: model.id({ prefix: "oalloc" }).primaryKey(),
    order_id: model.text(),
    decision_id: model.text(),
    stock_location_id: model.text(),
    line_item_id: model.text(),
    quantity: model.number(),
    distance_km: model.float().nullable(),
    active: model.boolean().default(true),
  })
  .indexes([
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "created_at"], where: "deleted_at IS NULL AND active = true" },
  ])

export default OrderAllocation
