import { model } from "@medusajs/framework/utils"

/**
 * The rack layout of one fulfilment centre (a Medusa stock location), in the shape
 * `src/lib/warehouse` works with: parallel aisles, bays along each aisle, levels, cross aisles,
 * and the depot (pack station) in front of `depot_aisle`. One layout per centre for now; bump
 * `version` when the layout is regenerated so bins and routes can tell which one they came from.
 */
const WarehouseLayout = model
  .define("oms_warehouse_layout", {
    id: model.id({ prefix: "whlay" }).primaryKey(),
    stock_location_id: model.text(),
    /** Zone printed in the bin codes (`A` in `A-03-12-2-L`). */
    zone_code: model.text().default("A"),
    aisles: model.number(),
    bays_per_aisle: model.number(),
    levels: model.number(),
    bay_width_m: model.float(),
    aisle_width_m: model.float(),
    /** Including the front and the back cross aisle: 2 = a single block. */
    cross_aisles: model.number().default(2),
    cross_aisle_width_m: model.float(),
    /** 1-based aisle in front of which the depot stands (on the front cross aisle). */
    depot_aisle: model.number().default(1),
    version: model.number().default(1),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["stock_location_id"], unique: true, where: "deleted_at IS NULL" }])

export default WarehouseLayout
