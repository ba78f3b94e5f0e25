import { model } from "@medusajs/framework/utils"

/** A customer's rating (1–5) and words about an order's delivery, from the emailed link or their account. */
const Feedback = model
  .define("oms_feedback", {
    id: model.id({ prefix: "omsfb" }).primaryKey(),
    order_id: model.text(),
    /** The delivered shipment the link was for; null when rated from the account (the whole order). */
    shipment_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    rating: model.number(),
    comment: model.text().nullable(),
    source: model.enum(["link", "account"]),
    // copied from the shipment so CSAT can be read per centre, channel and region without joins
    stock_location_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    region_id: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "created_at"], where: "deleted_at IS NULL" },
    // the KPI rollup refresh finds the orders whose returns or ratings changed since its last run
    { on: ["updated_at"] },
  ])

export default Feedback
