import { model } from "@medusajs/framework/utils"

/**
 * Audit trail of bin stock changes: putaway (into a bin), move (bin to bin), pick (out of a
 * bin) and adjust (count corrections, one side only). Append-only.
 */
const BinMovement = model
  .define("oms_bin_movement", {
    id: model.id({ prefix: "binmv" }).primaryKey(),
    stock_location_id: model.text(),
    inventory_item_id: model.text(),
    from_bin_id: model.text().nullable(),
    to_bin_id: model.text().nullable(),
    quantity: model.number(),
    reason: model.enum(["putaway", "move", "pick", "adjust"]),
    actor: model.text().nullable(),
    at: model.dateTime(),
  })
  .indexes([
    { on: ["stock_location_id", "inventory_item_id", "at"], where: "deleted_at IS NULL" },
    { on: ["from_bin_id"], where: "deleted_at IS NULL AND from_bin_id IS NOT NULL" },
    { on: ["to_bin_id"], where: "deleted_at IS NULL AND to_bin_id IS NOT NULL" },
  ])
  .checks([{ name: "oms_bin_movement_quantity_positive", expression: (c) => `${c.quantity} > 0` }])

export default BinMovement
