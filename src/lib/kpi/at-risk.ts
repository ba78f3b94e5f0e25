import { SHIPMENT_STAGES, ShipmentStage } from "../journey/stages"
import { sameLocalDate, localDateOf } from "../time/local-date"
import { calendarFor, checkCalendars, cutoffOnDayOf, shipByDay } from "./calendar"
import { KpiInputError } from "./errors"
import type { CentreCalendars, ShipmentFact } from "./facts"
import { shipByOf } from "./on-time"
import { isOpenFact, shippedAt } from "./rows"

const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000

export const AT_RISK_REASONS = [
  "misses_cutoff", // not packed, due today, and less than the warning time left before today's cut-off
  "overdue", // its ship-by deadline has passed and it has not shipped
  "past_stage_sla", // still in its stage longer after placement than the stage's SLA allows
  "stuck", // no stage change for the stuck time
] as const
export type AtRiskReason = (typeof AT_RISK_REASONS)[number]

export interface AtRiskShipment {
  shipment_id: string
  order_id: string
  stock_location_id: string | null
  stage: string
  reasons: AtRiskReason[]
  ship_by: Date | null
  /** Minutes from `now` to today's cut-off (negative once past it); null when not due today. */
  minutes_to_cutoff: number | null
}

export interface AtRiskOptions {
  /** Warn this many minutes before today's cut-off; 60 when left out. */
  cutoffWarningMinutes?: number
  /** Stuck after this many hours without a stage change; 24 when left out. */
  stuckHours?: number
}

const NOT_YET_PACKED: readonly string[] = ["routed", "backordered", "waved", "picked", "short_picked"]

function checkThresholds(slaHours: Partial<Record<ShipmentStage, number>>, warning: number, stuck: number): void {
  for (const [stage, hours] of Object.entries(slaHours)) {
    if (!(SHIPMENT_STAGES as readonly string[]).includes(stage)) throw new KpiInputError(`slaHours.${stage}`, `${stage} is not a shipment stage`)
    if (!(typeof hours === "number" && Number.isFinite(hours) && hours > 0)) throw new KpiInputError(`slaHours.${stage}`, `SLA hours must be a number above 0, got ${hours}`)
  }
  if (!(Number.isFinite(warning) && warning >= 0)) throw new KpiInputError("cutoffWarningMinutes", `cutoffWarningMinutes must be 0 or more, got ${warning}`)
  if (!(Number.isFinite(stuck) && stuck > 0)) throw new KpiInputError("stuckHours", `stuckHours must be above 0, got ${stuck}`)
}

/** The last time anything happened to the part (its placement when nothing has since). */
const lastChange = (f: ShipmentFact) =>
  Math.max(
    ...[f.placed_at, f.routed_at, f.waved_at, f.picked_at, f.short_picked_at, f.packed_at, f.shipped_at, f.delivered_at, f.canceled_at]
      .filter((d): d is Date => d !== null)
      .map((d) => d.getTime())
  )

/**
 * Open parts (live, not canceled) that have not shipped and need attention now, each with every
 * reason that applies, most urgent ship-by deadline first:
 * - misses_cutoff: not packed yet, due to ship today (its ship-by day is the centre's local
 *   today) and fewer than `cutoffWarningMinutes` left before today's cut-off, or already past
 *   it (no cut-off: the end of the day); a part without a centre has no cut-off;
 * - overdue: its ship-by deadline has passed;
 * - past_stage_sla: `slaHours[stage]` is set and more hours than that have gone by since the
 *   order was placed (the part should have left that stage by then);
 * - stuck: no stage change (no timestamp at all) for `stuckHours` hours or more.
 */
export function atRisk(
  facts: readonly ShipmentFact[],
  calendars: CentreCalendars,
  now: Date,
  slaHours: Partial<Record<ShipmentStage, number>>,
  { cutoffWarningMinutes = 60, stuckHours = 24 }: AtRiskOptions = {}
): AtRiskShipment[] {
  checkCalendars(calendars)
  checkThresholds(slaHours, cutoffWarningMinutes, stuckHours)
  const out: AtRiskShipment[] = []
  for (const fact of facts) {
    if (!isOpenFact(fact) || shippedAt(fact) !== null) continue
    const calendar = calendarFor(calendars, fact.stock_location_id)
    const ship_by = shipByOf(fact, calendars)
    const reasons: AtRiskReason[] = []
    let minutes_to_cutoff: number | null = null
    if (calendar && sameLocalDate(shipByDay(fact.placed_at, calendar), localDateOf(now, calendar.time_zone))) {
      minutes_to_cutoff = (cutoffOnDayOf(now, calendar).getTime() - now.getTime()) / MINUTE_MS
      if (NOT_YET_PACKED.includes(fact.stage) && fact.packed_at === null && minutes_to_cutoff < cutoffWarningMinutes) reasons.push("misses_cutoff")
    }
    if (ship_by && ship_by <= now) reasons.push("overdue")
    const sla = slaHours[fact.stage as ShipmentStage]
    if (sla !== undefined && now.getTime() - fact.placed_at.getTime() > sla * HOUR_MS) reasons.push("past_stage_sla")
    if (now.getTime() - lastChange(fact) >= stuckHours * HOUR_MS) reasons.push("stuck")
    if (reasons.length) out.push({ shipment_id: fact.shipment_id, order_id: fact.order_id, stock_location_id: fact.stock_location_id, stage: fact.stage, reasons, ship_by, minutes_to_cutoff })
  }
  const deadline = (r: AtRiskShipment) => r.ship_by?.getTime() ?? Infinity
  return out.sort((a, b) => deadline(a) - deadline(b) || (a.shipment_id < b.shipment_id ? -1 : a.shipment_id > b.shipment_id ? 1 : 0))
}
