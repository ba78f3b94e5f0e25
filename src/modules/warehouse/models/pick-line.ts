import { model } from "@medusajs/framework/utils"

/**
 * One thing to pick: a quantity of one inventory item from one bin for one order line, in
 * route order (`sequence`) within its wave. `bin_code` is copied so the pick list still reads
 * right if the bin is later renamed or removed.
 */
const PickLine = model
  .define("oms_pick_line", {
    id: model.id({ prefix: "pkln" }).primaryKey(),
    wave_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    inventory_item_id: model.text(),
    bin_id: model.text(),
    bin_code: model.text(),
    sequence: model.number(),
    quantity: model.number(),
    picked_quantity: model.number().default(0),
    short_reason: model.text().nullable(),
    picked_at: model.dateTime().nullable(),
    picked_by: model.text().nullable(),
  })
  .indexes([
    { on: ["wave_id", "sequence"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "oms_pick_line_quantity_positive", expression: (c) => `${c.quantity} > 0` },
    {
      name: "oms_pick_line_picked_quantity_range",
      expression: (c) => `${c.picked_quantity} >= 0 AND ${c.picked_quantity} <= ${c.quantity}`,
    },
  ])

export default PickLine
