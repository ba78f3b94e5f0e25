import type { ShipmentStage } from "../journey/stages"
import { atRisk, type AtRiskOptions, type AtRiskReason } from "./at-risk"
import type { CentreCalendars, ShipmentFact } from "./facts"
import { shipByOf, shippedOnTime } from "./on-time"
import { isOpenFact, shippedAt } from "./rows"

export const SLA_STATUSES = ["on_time", "at_risk", "late"] as const
export type SlaStatus = (typeof SLA_STATUSES)[number]

export interface ShipmentSla {
  status: SlaStatus
  ship_by: Date
  shipped_at: Date | null
  /** What `atRisk` says about a part still here (empty once it has left). */
  reasons: AtRiskReason[]
  /** At risk and due today: minutes to today's cut-off (negative once past); else null. */
  minutes_to_cutoff: number | null
}

/**
 * One shipment against its ship-by deadline, in the words of the order page's badge:
 * - late: it left after its deadline (`onTimeShipmentRate` counts it late), or it is still here
 *   and the deadline has passed (`atRisk` "overdue");
 * - at risk: still here, not yet overdue, and `atRisk` lists it (about to miss today's cut-off,
 *   past its stage's SLA, or not moving);
 * - on time: it left before its deadline, or it is not due yet and nothing is wrong.
 * Null for a part that has no ship-by deadline: no centre (back-ordered), canceled or superseded.
 */
export function shipmentSla(
  fact: ShipmentFact,
  calendars: CentreCalendars,
  now: Date,
  slaHours: Partial<Record<ShipmentStage, number>> = {},
  options: AtRiskOptions = {}
): ShipmentSla | null {
  if (!isOpenFact(fact)) return null
  const ship_by = shipByOf(fact, calendars)
  if (!ship_by) return null
  const shipped_at = shippedAt(fact)
  if (shipped_at) return { status: shippedOnTime(fact, ship_by) ? "on_time" : "late", ship_by, shipped_at, reasons: [], minutes_to_cutoff: null }
  const [risk] = atRisk([fact], calendars, now, slaHours, options)
  const reasons = risk?.reasons ?? []
  const status: SlaStatus = reasons.includes("overdue") ? "late" : reasons.length ? "at_risk" : "on_time"
  return { status, ship_by, shipped_at: null, reasons, minutes_to_cutoff: risk?.minutes_to_cutoff ?? null }
}
