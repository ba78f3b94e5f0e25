import { formatDeadline } from "./centre-time"
import { formatDuration, type DurationUnits } from "./kpi-format"
import type { AtRisk } from "./measure-types"
import type { Translate } from "./translate"

export interface AtRiskTextContext {
  t: Translate
  locale: string
  units: DurationUnits
  /** The centre's time zone, for its deadlines; null for a part without a centre. */
  timeZone: string | null
  /** The viewer's zone (the browser's when left out): the centre's is named when it differs. */
  viewerZone?: string
}

/** Why a shipment is at risk, one sentence per reason, in the merchant's words (never the reason codes). */
export function atRiskReasonTexts(row: Pick<AtRisk, "reasons" | "minutes_to_cutoff" | "ship_by">, { t, locale, units, timeZone, viewerZone }: AtRiskTextContext): string[] {
  return row.reasons.map((reason) => {
    if (reason === "misses_cutoff") {
      const minutes = row.minutes_to_cutoff ?? 0
      return minutes > 0 ? t("atRisk.reason.misses_cutoff", { time: formatDuration(minutes * 60_000, units) }) : t("atRisk.reason.misses_cutoff_passed")
    }
    if (reason === "overdue") return t("atRisk.reason.overdue", { deadline: row.ship_by ? formatDeadline(row.ship_by, locale, timeZone, viewerZone) : "—" })
    return t(`atRisk.reason.${reason}`)
  })
}
