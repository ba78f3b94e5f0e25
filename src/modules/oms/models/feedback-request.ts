import { model } from "@medusajs/framework/utils"

/**
 * The feedback link sent after a shipment is delivered: one per shipment. The link carries a
 * random token; only its SHA-256 is stored, so the table cannot be used to answer for a
 * customer. It expires, and it is spent by the first answer.
 */
const FeedbackRequest = model
  .define("oms_feedback_request", {
    id: model.id({ prefix: "omsfbr" }).primaryKey(),
    order_id: model.text(),
    shipment_id: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    /** "sent", or why no message went out ("no_email", "no_provider", "not_requested"). */
    delivery: model.text().default("sent"),
  })
  .indexes([
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["shipment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])

export default FeedbackRequest
