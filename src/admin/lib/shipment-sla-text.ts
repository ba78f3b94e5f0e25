import { formatCentreTime, formatDeadline } from "./centre-time"
import type { ShipmentSlaView } from "./measure-types"
import type { Translate } from "./translate"

/** The line beside a shipment's SLA badge: when it left against its deadline, or when it must (or should have) left. */
export function shipmentSlaText(sla: ShipmentSlaView | null, { t, locale, timeZone, viewerZone }: { t: Translate; locale: string; timeZone: string | null; viewerZone?: string }): string {
  if (!sla) return t("orderSla.noDeadline")
  const deadline = formatDeadline(sla.ship_by, locale, timeZone, viewerZone)
  if (!sla.shipped_at) return t(sla.status === "late" ? "orderSla.overdue" : "orderSla.shipBy", { deadline })
  const when = formatCentreTime(sla.shipped_at, locale, timeZone, viewerZone)
  return t(sla.status === "late" ? "orderSla.leftLate" : "orderSla.leftOnTime", { when, deadline })
}
