import { model } from "@medusajs/framework/utils"

/**
 * One storage location (rack face × level) with its code and pick position, as produced by
 * `generateBins` in `src/lib/warehouse`. Codes are unique within a centre.
 */
const Bin = model
  .define("oms_bin", {
    id: model.id({ prefix: "bin" }).primaryKey(),
    layout_id: model.text(),
    stock_location_id: model.text(),
    /** e.g. `A-03-12-2-L`: zone, aisle, bay, level, side. */
    code: model.text(),
    zone: model.text(),
    aisle: model.number(),
    bay: model.number(),
    level: model.number(),
    side: model.enum(["L", "R"]),
    /** Where the picker stands (metres, origin = front cross aisle in front of aisle 1). */
    x_m: model.float(),
    y_m: model.float(),
    /** 1 = the block touching the front cross aisle. */
    block: model.number(),
    /** Inactive bins receive no new stock; what they hold can still be picked or moved out. */
    active: model.boolean().default(true),
  })
  .indexes([
    { on: ["stock_location_id", "code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["layout_id"], where: "deleted_at IS NULL" },
  ])

export default Bin
