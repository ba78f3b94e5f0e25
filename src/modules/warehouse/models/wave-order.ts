import { model } from "@medusajs/framework/utils"

/**
 * An order claimed by a wave at one centre, and the tote it is picked into. A split order has
 * one claim per centre: each centre picks its own part.
 *
 * Guard: a partial unique index on (`order_id`, `stock_location_id`) over the rows that are
 * not canceled and not soft-deleted, so two waves can never hold the same order's part at once
 * (the second insert fails in the database, whatever the callers did before). To release an
 * order (wave canceled, a short order to be re-waved) set its row to `canceled` or soft-delete
 * it; a "picked" row keeps that part out of every later wave at the centre. "picked" → "packed"
 * when the pack session there completes (its units leave the totes), and back to "picked" when
 * Medusa cancels that fulfilment (the units are at the bench again, to be packed anew).
 */
const WaveOrder = model
  .define("oms_wave_order", {
    id: model.id({ prefix: "wvord" }).primaryKey(),
    wave_id: model.text(),
    order_id: model.text(),
    stock_location_id: model.text(),
    tote: model.number(),
    status: model.enum(["waiting", "picked", "packed", "short", "canceled"]).default("waiting"),
  })
  .indexes([
    { on: ["wave_id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_oms_wave_order_order_location_active_unique",
      on: ["order_id", "stock_location_id"],
      unique: true,
      where: "status <> 'canceled' AND deleted_at IS NULL",
    },
  ])

export default WaveOrder
