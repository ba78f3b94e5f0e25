import { formatDuration, type DurationUnits } from "./kpi-format"
import type { AtRisk } from "./measure-types"
import type { Translate } from "./translate"

export interface AtRiskTextContext {
  t: Translate
  units: DurationUnits
  now?: Date
}

/** Why a shipment is at risk, one sentence per reason, in the merchant's words (never the reason codes). */
export function atRiskReasonTexts(row: Pick<AtRisk, "reasons" | "minutes_to_cutoff" | "ship_by">, { t, units, now = new Date() }: AtRiskTextContext): string[] {
  return row.reasons.map((reason) => {
    if (reason === "misses_cutoff") {
      const minutes = row.minutes_to_cutoff ?? 0
      return minutes > 0 ? t("atRisk.reason.misses_cutoff", { time: formatDuration(minutes * 60_000, units) }) : t("atRisk.reason.misses_cutoff_passed")
    }
    // the deadline itself is in its own column: say how late it is
    if (reason === "overdue") return t("atRisk.reason.overdue", { time: row.ship_by ? formatDuration(now.getTime() - Date.parse(row.ship_by), units) : "—" })
    return t(`atRisk.reason.${reason}`)
  })
}
