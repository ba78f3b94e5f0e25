import { model } from "@medusajs/framework/utils"

/**
 * One valuation of transfer suggestions by replay, which runs in the background for up to a
 * minute: the admin polls `done` of `total` for its progress.
 */
const TransferRun = model.define("oms_transfer_run", {
  id: model.id({ prefix: "stkrun" }).primaryKey(),
  status: model.enum(["running", "done", "failed"]).default("running"),
  days: model.number(),
  orders: model.number().default(0),
  total: model.number().default(0),
  done: model.number().default(0),
  started_by: model.text().nullable(),
  started_at: model.dateTime(),
  finished_at: model.dateTime().nullable(),
  error: model.text().nullable(),
})

export default TransferRun
