import { model } from "@medusajs/framework/utils"
import type { KpiPartial } from "../../../lib/kpi"

/**
 * The KPIs of the orders placed on one local day (the reporting time zone's), or in one month
 * (`grain` "month", `day` "2026-11": the month's day rows added up, so a two-year range reads
 * two dozen month rows and the days at its ends), for one
 * combination of filters: a centre or all ("*"), a channel or all, a region or all ("" for
 * orders without one). `partial` adds up across days (src/lib/kpi/partial.ts), so a long range
 * is a few hundred rows, not a million orders. Rewritten whole for a day whenever a fact of one
 * of its orders changes (the refresh-kpi-rollups job); the all-filters row is written for every
 * day that has been rolled up, so its presence says the day can be read from here.
 */
const KpiRollup = model
  .define("oms_kpi_rollup", {
    id: model.id({ prefix: "omskpi" }).primaryKey(),
    grain: model.enum(["day", "month"]).default("day"),
    /** "2026-11-30" for a day's row, "2026-11" for a month's. */
    day: model.text(),
    stock_location_key: model.text(),
    sales_channel_key: model.text(),
    region_key: model.text(),
    orders: model.number(),
    partial: model.json<KpiPartial>() as never,
  })
  .indexes([{ name: "IDX_oms_kpi_rollup_cell_day", on: ["stock_location_key", "sales_channel_key", "region_key", "grain", "day"], unique: true }])

export default KpiRollup
