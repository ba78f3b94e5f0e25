import { model } from "@medusajs/framework/utils"

/**
 * One routing decision with its full explanation. Decisions are never overwritten: a
 * re-route appends the next `sequence`, and the unique (order_id, sequence) index makes a
 * duplicate order.placed delivery fail instead of routing twice.
 */
const RoutingDecision = model
  .define("oms_routing_decision", {
    id: model.id({ prefix: "rtdec" }).primaryKey(),
    order_id: model.text(),
    sequence: model.number(),
    trigger: model.text(),
    actor: model.text().nullable(),
    strategy: model.text(),
    rule: model.text(),
    allocations: model.json(),
    backordered: model.json(),
    backorder_location_id: model.text().nullable(),
    explanation: model.json(),
    shipment_count: model.number(),
    backordered_units: model.number().default(0),
    max_distance_km: model.float().nullable(),
    decided_at: model.dateTime(),
    duration_ms: model.float().nullable(),
  })
  .indexes([
    { on: ["order_id", "sequence"], unique: true, where: "deleted_at IS NULL" },
    { on: ["decided_at"], where: "deleted_at IS NULL" },
  ])

export default RoutingDecision
