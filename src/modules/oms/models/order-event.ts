import { model } from "@medusajs/framework/utils"

/**
 * The order timeline: one row per stage reached, with when, who and details. Moves of one
 * shipment carry its id and centre; order-wide entries (placed, routed) leave them empty.
 */
const OrderEvent = model
  .define("oms_order_event", {
    id: model.id({ prefix: "oevt" }).primaryKey(),
    order_id: model.text(),
    shipment_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    stage: model.text(),
    at: model.dateTime(),
    actor: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["order_id", "at"], where: "deleted_at IS NULL" }])

export default OrderEvent
