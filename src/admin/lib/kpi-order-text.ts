import { formatCentreTime, formatDeadline } from "./centre-time"
import { formatCount } from "./kpi-format"
import type { KpiOrdersResponse } from "./measure-types"
import type { Translate } from "./translate"

export type KpiOrderRowView = KpiOrdersResponse["kpi_orders"][number]

/**
 * The line under a drill-down row's outcome: the deadline and when the parcel left or arrived
 * (on-time tiles), what a not-perfect order missed, how many units came back; null when the
 * outcome says it all.
 */
export function kpiOrderDetail(row: KpiOrderRowView, kpi: string, { t, locale, timeZone, viewerZone }: { t: Translate; locale: string; timeZone: string | null; viewerZone?: string }): string | null {
  if (row.deadline) {
    const deadline = formatDeadline(row.deadline, locale, timeZone, viewerZone)
    const done = row.done_at ? formatCentreTime(row.done_at, locale, timeZone, viewerZone) : null
    if (kpi === "on_time_delivery") return done ? t("drill.dueDelivered", { deadline, done }) : t("drill.dueNotDelivered", { deadline })
    return done ? t("drill.dueLeft", { deadline, done }) : t("drill.dueNotLeft", { deadline })
  }
  if (row.reasons.length) return t("drill.because", { reasons: row.reasons.map((r) => t(`drill.reason.${r}`)).join(", ") })
  if (row.returned_units) {
    return t("drill.returnedUnits", { count: row.units ?? 0, returned: formatCount(row.returned_units, locale), n: formatCount(row.units, locale) })
  }
  return null
}
