import { model } from "@medusajs/framework/utils"

/**
 * A carton size a centre keeps at its pack benches (input of `recommendCartons` in
 * `src/lib/packing`). Inner dimensions in centimetres, weights in grams.
 */
const Carton = model
  .define("oms_carton", {
    id: model.id({ prefix: "ctn" }).primaryKey(),
    stock_location_id: model.text(),
    /** Short code printed on the shelf and scanned at the bench, e.g. `S2`. */
    code: model.text(),
    name: model.text(),
    inner_length_cm: model.float(),
    inner_width_cm: model.float(),
    inner_height_cm: model.float(),
    /** Empty carton plus packing material. */
    tare_g: model.number(),
    /** Gross limit (contents + tare). */
    max_weight_g: model.number(),
    /** Cost of the carton in the centre's currency; a tie-breaker for the recommendation only. */
    cost: model.float().default(0),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["stock_location_id", "code"], unique: true, where: "deleted_at IS NULL" }])

export default Carton
