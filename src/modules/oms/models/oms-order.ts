import { model } from "@medusajs/framework/utils"

/**
 * The OMS view of one Medusa order: its current routing decision and its stage. The stage is
 * derived from the order's shipments (`deriveOrderStage` in `src/lib/journey`) and written only
 * by the service method that moves shipments, in the same transaction; it is kept here so order
 * lists can filter on it. Plain text, so new stages need no enum migration.
 */
const OmsOrder = model
  .define("oms_order", {
    id: model.id({ prefix: "omsord" }).primaryKey(),
    order_id: model.text(),
    sales_channel_id: model.text().nullable(),
    stage: model.text().default("placed"),
    stage_changed_at: model.dateTime().nullable(),
    current_decision_id: model.text().nullable(),
    decision_count: model.number().default(0),
    backordered_units: model.number().default(0),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stage"], where: "deleted_at IS NULL" },
  ])

export default OmsOrder
