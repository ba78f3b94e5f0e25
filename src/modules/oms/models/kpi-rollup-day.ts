import { model } from "@medusajs/framework/utils"

/**
 * A local day whose rollup rows must be worked out again: one of its orders' facts changed
 * since they were (or the centres' calendars changed, which touches every day). The refresh job
 * takes days off this list as it rewrites them.
 */
const KpiRollupDay = model
  .define("oms_kpi_rollup_day", {
    id: model.id({ prefix: "omskpid" }).primaryKey(),
    day: model.text(),
  })
  .indexes([{ name: "IDX_oms_kpi_rollup_day_day", on: ["day"], unique: true }])

export default KpiRollupDay
