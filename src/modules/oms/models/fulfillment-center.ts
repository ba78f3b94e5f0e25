import { model } from "@medusajs/framework/utils"

/**
 * The OMS profile of a Medusa stock location. Stock itself stays in Medusa's inventory
 * levels; this only adds what routing needs to know about the place.
 */
const FulfillmentCenter = model
  .define("oms_fulfillment_center", {
    id: model.id({ prefix: "fc" }).primaryKey(),
    stock_location_id: model.text(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    /** Lower = preferred earlier by the priority strategy and as a tie-break. */
    priority: model.number().default(100),
    active: model.boolean().default(true),
    /** Orders per local day the centre can take; null = no limit. */
    daily_order_capacity: model.number().nullable(),
    /** "HH:MM" in the centre's time zone; orders after it count as next-day work. */
    cutoff_time: model.text().nullable(),
    time_zone: model.text().default("Asia/Jakarta"),
    /** Optional service area; empty = serves everywhere. */
    serves_countries: model.array().default([]),
    serves_provinces: model.array().default([]),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["stock_location_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default FulfillmentCenter
