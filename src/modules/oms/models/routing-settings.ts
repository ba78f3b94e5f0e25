import { model } from "@medusajs/framework/utils"

/**
 * The routing settings a merchant saved in the admin (one row, `scope` "store"); an empty field
 * falls back to the plugin option (src/lib/settings/routing-settings.ts).
 */
const RoutingSettings = model
  .define("oms_routing_settings", {
    id: model.id({ prefix: "rtset" }).primaryKey(),
    scope: model.text().default("store"),
    strategy: model.text().nullable(),
    max_shipments: model.number().nullable(),
    per_parcel: model.float().nullable(),
    per_kg_km: model.float().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ name: "IDX_oms_routing_settings_scope", on: ["scope"], unique: true, where: "deleted_at IS NULL" }])

export default RoutingSettings
