import { model } from "@medusajs/framework/utils"

/**
 * Units of one inventory item in one bin. Medusa's inventory level stays the truth for the
 * centre's total; bins only say where in the building those units are (see
 * `WarehouseModuleService.unassignedStock`). Change quantities through `moveBinStock`, which
 * locks the rows and writes the audit row. Rows that reach 0 are deleted.
 */
const BinStock = model
  .define("oms_bin_stock", {
    id: model.id({ prefix: "binstk" }).primaryKey(),
    bin_id: model.text(),
    stock_location_id: model.text(),
    inventory_item_id: model.text(),
    quantity: model.number().default(0),
  })
  .indexes([
    { on: ["bin_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "inventory_item_id"], where: "deleted_at IS NULL" },
  ])
  .checks([{ name: "oms_bin_stock_quantity_non_negative", expression: (c) => `${c.quantity} >= 0` }])

export default BinStock
