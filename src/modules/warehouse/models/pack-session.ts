import { model } from "@medusajs/framework/utils"

/**
 * A scan-verified packing of one order at a bench (`src/lib/scanning/pack-session`).
 * `scans` keeps the accepted/refused counts and the scan events (refusals are mis-picks caught
 * at the bench: the input of the picking-accuracy KPI); `parcels` the cartons used.
 *
 * Guard: a partial unique index on `order_id` over open, non-deleted sessions, so two packers
 * cannot open two sessions on one order; once a session is completed or canceled a new one
 * can be opened.
 */
const PackSession = model
  .define("oms_pack_session", {
    id: model.id({ prefix: "packs" }).primaryKey(),
    order_id: model.text(),
    stock_location_id: model.text(),
    status: model.enum(["open", "completed", "canceled"]).default("open"),
    carton_code: model.text().nullable(),
    /** One entry per parcel: carton code, item ids, weights (see `Parcel` in `src/lib/packing`). */
    parcels: model.json<Record<string, unknown>[]>().default([]),
    scans: model
      .json<{ accepted: number; refused: number; events?: Record<string, unknown>[] }>()
      .default({ accepted: 0, refused: 0, events: [] }),
    /** Copy of `scans.refused`, so the accuracy KPI is a plain SQL aggregate. */
    refused_count: model.number().default(0),
    packed_by: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    fulfillment_id: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_oms_pack_session_order_id_open_unique",
      on: ["order_id"],
      unique: true,
      where: "status = 'open' AND deleted_at IS NULL",
    },
    { on: ["stock_location_id", "status"], where: "deleted_at IS NULL" },
  ])

export default PackSession
