import { model } from "@medusajs/framework/utils"

/**
 * The part of an order that one fulfilment centre ships (order × stock location), and where it
 * is in the journey. Back-ordered units nobody can ship yet form a shipment without a centre.
 * `stage` moves only through the stage machine in `src/lib/journey`; the `*_at` columns keep the
 * first time each stage was reached (the facts lead-time KPIs read), the timeline keeps every
 * move with its actor. A re-route supersedes a shipment (stage "rerouted") instead of rewriting it.
 *
 * Guard: one live shipment per order and centre (partial unique index over rows that are not
 * superseded). The centre-less one is kept single by the order's row lock in the service.
 */
const Shipment = model
  .define("oms_shipment", {
    id: model.id({ prefix: "shp" }).primaryKey(),
    order_id: model.text(),
    stock_location_id: model.text().nullable(),
    stage: model.text().default("routed"),
    stage_changed_at: model.dateTime().nullable(),
    /** Units of each order line this centre ships: `[{ line_item_id, quantity }]`. */
    lines: model.json<{ line_item_id: string; quantity: number }[]>().default([] as never),
    decision_id: model.text().nullable(),
    shipping_option_id: model.text().nullable(),
    wave_id: model.text().nullable(),
    picked_by: model.text().nullable(),
    packed_by: model.text().nullable(),
    /** Carton codes of the parcels packed. */
    carton_codes: model.array().default([]),
    fulfillment_id: model.text().nullable(),
    tracking_numbers: model.array().default([]),
    routed_at: model.dateTime().nullable(),
    waved_at: model.dateTime().nullable(),
    picked_at: model.dateTime().nullable(),
    short_picked_at: model.dateTime().nullable(),
    packed_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    // Facts the fulfilment dashboard filters and counts by, kept on the row as the journey
    // moves so no report reads orders: when the order was placed, its channel and region,
    // what this part ships, and what packing it took.
    placed_at: model.dateTime().nullable(),
    sales_channel_id: model.text().nullable(),
    region_id: model.text().nullable(),
    /** Σ quantity of `lines`, and how many lines: kept with `lines` by the service. */
    units: model.number().default(0),
    line_count: model.number().default(0),
    parcels: model.number().default(0),
    /** Carton cost of the parcels packed, in the store's currency; null until packed with priced cartons. */
    cost: model.float().nullable(),
    /** Refused item scans at packing: wrong items caught before they left. */
    mispicks_caught: model.number().default(0),
  })
  .indexes([
    {
      name: "IDX_oms_shipment_order_location_live_unique",
      on: ["order_id", "stock_location_id"],
      unique: true,
      where: "stage <> 'rerouted' AND deleted_at IS NULL",
    },
    { on: ["stock_location_id", "stage"], where: "deleted_at IS NULL" },
    { on: ["fulfillment_id"], where: "deleted_at IS NULL AND fulfillment_id IS NOT NULL" },
    { on: ["placed_at"], where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["sales_channel_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["region_id", "placed_at"], where: "deleted_at IS NULL" },
    // the KPI rollup refresh finds the days whose facts changed since its last run
    { on: ["updated_at"] },
    // every row of an order (superseded ones too, which the live unique index leaves out), and the few open ones
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["stage"], where: "deleted_at IS NULL" },
  ])

export default Shipment
