import { model } from "@medusajs/framework/utils"

/**
 * One returned line as the returns page counts it: a Medusa return item, claim item or an
 * exchange's return item (a group partly damaged is two rows, `part` "damaged" and "intact"),
 * joined to where and how its units were fulfilled and classified to a root cause with the rule
 * that decided it. Rewritten whole whenever Medusa's return, claim or exchange changes, so a
 * second delivery of the event changes nothing.
 */
const ReturnLine = model
  .define("oms_return_line", {
    id: model.id({ prefix: "omsret" }).primaryKey(),
    source: model.enum(["return", "claim", "exchange"]),
    /** The return, claim or exchange id. */
    source_id: model.text(),
    /** The return item or claim item id. */
    source_item_id: model.text(),
    part: model.enum(["all", "damaged", "intact"]).default("all"),
    order_id: model.text(),
    line_item_id: model.text(),
    variant_id: model.text().nullable(),
    product_id: model.text().nullable(),
    quantity: model.number(),
    /** Units back at the warehouse, fine or damaged. */
    received_quantity: model.number().default(0),
    damaged_quantity: model.number().default(0),
    reason_id: model.text().nullable(),
    reason_value: model.text().nullable(),
    /** Top-level reason down to the one chosen: `[{ value, label }]`. */
    reason_path: model.json<{ value: string; label: string }[]>().default([] as never),
    claim_reason: model.text().nullable(),
    /** The customer's (or the agent's) words. */
    note: model.text().nullable(),
    cause: model.text(),
    rule: model.text(),
    // where and how the units were fulfilled (the OMS shipment they left in)
    shipment_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    wave_id: model.text().nullable(),
    picked_by: model.text().nullable(),
    packed_by: model.text().nullable(),
    carton_code: model.text().nullable(),
    shipping_option_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    region_id: model.text().nullable(),
    /** Left its centre after the ship-by deadline; null when it had not shipped. */
    shipped_late: model.boolean().nullable(),
    days_in_transit: model.float().nullable(),
    requested_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["source", "source_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["requested_at"], where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "requested_at"], where: "deleted_at IS NULL" },
    { on: ["product_id", "requested_at"], where: "deleted_at IS NULL" },
    { on: ["cause", "requested_at"], where: "deleted_at IS NULL" },
    // the KPI rollup refresh finds the orders whose returns or ratings changed since its last run
    { on: ["updated_at"] },
  ])

export default ReturnLine
