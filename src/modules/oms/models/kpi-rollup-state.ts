import { model } from "@medusajs/framework/utils"

/**
 * Where the rollup refresh got to (one row): facts changed after `watermark` have not been
 * looked at yet; `fingerprint` names the calendars, promised delivery days and time zone the
 * rollups were worked out with (when they change, every day is worked out again).
 */
const KpiRollupState = model.define("oms_kpi_rollup_state", {
  id: model.id({ prefix: "omskpis" }).primaryKey(),
  watermark: model.dateTime().nullable(),
  fingerprint: model.text().nullable(),
})

export default KpiRollupState
