import { model } from "@medusajs/framework/utils"
import type { LineDemand } from "../../../lib/routing/types"

/**
 * What one order asked for and where it goes, kept when it is routed (and again when an edit
 * re-routes it): the facts the orders-by-geography map counts and the stock-placement advice
 * replays through the router, so neither loads Medusa's orders. `items` is `lines` flattened
 * to inventory items (kits expanded), which the per-SKU demand reads.
 */
const OrderDemand = model
  .define("oms_order_demand", {
    id: model.id({ prefix: "omsdmd" }).primaryKey(),
    order_id: model.text(),
    placed_at: model.dateTime(),
    sales_channel_id: model.text().nullable(),
    country_code: model.text().nullable(),
    /** Province code (ISO 3166-2 without the country, "JB") or the name as typed when unknown. */
    province: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    /** Farthest parcel of the order's current routing, km; null when no distance is known. */
    distance_km: model.float().nullable(),
    units: model.number().default(0),
    lines: model.json<LineDemand[]>().default([] as never),
    items: model.json<{ inventory_item_id: string; quantity: number }[]>().default([] as never),
  })
  .indexes([
    { name: "IDX_oms_order_demand_order_unique", on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["placed_at"], where: "deleted_at IS NULL" },
    { on: ["sales_channel_id", "placed_at"], where: "deleted_at IS NULL" },
    { name: "IDX_oms_order_demand_items", on: ["items"], type: "GIN", where: "deleted_at IS NULL" },
  ])

export default OrderDemand
