import { model } from "@medusajs/framework/utils"

/**
 * A pick wave built by `buildWave` (`src/lib/picking`): one walk through the centre that picks
 * one order ("single") or several orders into separate totes ("batch"). `route` keeps the
 * planned walk: `{ stops, distance_m, s_shape_distance_m, method }`.
 */
const Wave = model
  .define("oms_wave", {
    id: model.id({ prefix: "wave" }).primaryKey(),
    stock_location_id: model.text(),
    status: model.enum(["open", "picking", "picked", "canceled"]).default("open"),
    mode: model.enum(["single", "batch"]),
    route: model.json<{
      stops: Record<string, unknown>[]
      distance_m: number
      s_shape_distance_m: number
      method: string
    }>(),
    order_count: model.number().default(0),
    item_count: model.number().default(0),
    created_by: model.text().nullable(),
    picked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["stock_location_id", "status"], where: "deleted_at IS NULL" }])

export default Wave
