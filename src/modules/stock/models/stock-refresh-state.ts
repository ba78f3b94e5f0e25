import { model } from "@medusajs/framework/utils"

/**
 * Where the stock-health refresh got to (one row): shipments changed after `watermark` have not
 * been folded into the day rows yet; `time_zone` is the reporting time zone the day rows were cut
 * in (when it changes, every day in the window is cut again); `full_sample_day` is the last
 * local day whose once-a-day sample of every shelf was taken; `health_refreshed_at` is when every
 * stock-health row was last worked out (the page's "as of": rows whose figures did not change are
 * not written again).
 */
const StockRefreshState = model.define("oms_stock_refresh_state", {
  id: model.id({ prefix: "stkstate" }).primaryKey(),
  watermark: model.dateTime().nullable(),
  time_zone: model.text().nullable(),
  full_sample_day: model.text().nullable(),
  health_refreshed_at: model.dateTime().nullable(),
})

export default StockRefreshState
