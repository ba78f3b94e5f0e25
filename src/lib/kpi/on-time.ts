import { calendarFor, checkCalendars, deliverByDeadline, shipByDeadline } from "./calendar"
import type { CentreCalendars, ShipmentFact } from "./facts"
import { isOpenFact, Rate, rateOf, shippedAt } from "./rows"

/** The shipment's ship-by deadline at its centre; null for a part without a centre. */
export function shipByOf(fact: ShipmentFact, calendars: CentreCalendars): Date | null {
  const calendar = calendarFor(calendars, fact.stock_location_id)
  return calendar && shipByDeadline(fact.placed_at, calendar)
}

/** The shipment's deliver-by deadline; null without a centre or without promised days. */
export function deliverByOf(fact: ShipmentFact, calendars: CentreCalendars): Date | null {
  const calendar = calendarFor(calendars, fact.stock_location_id)
  return calendar && fact.promised_days !== null ? deliverByDeadline(fact.placed_at, fact.promised_days, calendar) : null
}

/** Done strictly before the deadline (deadlines are the exclusive end of a local day). */
const doneBefore = (done: Date | null, deadline: Date) => done !== null && done < deadline

export const shippedOnTime = (fact: ShipmentFact, shipBy: Date) => doneBefore(shippedAt(fact), shipBy)
export const deliveredOnTime = (fact: ShipmentFact, deliverBy: Date) => doneBefore(fact.delivered_at, deliverBy)

/**
 * The open shipments that have a deadline, as far as they can be counted without a clock: those
 * done (on time or not), and those not done yet by their deadline (the deadline → how many). A
 * tally is a sum over shipments, so tallies of separate days add up (the per-day rollups).
 */
export interface DeadlineTally {
  on_time: number
  done: number
  /** Deadline (ms since the epoch, as text) → shipments not done yet with that deadline. */
  pending: Record<string, number>
}

export function deadlineTally(
  facts: readonly ShipmentFact[],
  deadlineOf: (fact: ShipmentFact) => Date | null,
  doneAt: (fact: ShipmentFact) => Date | null
): DeadlineTally {
  const tally: DeadlineTally = { on_time: 0, done: 0, pending: {} }
  for (const fact of facts.filter(isOpenFact)) {
    const deadline = deadlineOf(fact)
    if (!deadline) continue
    const done = doneAt(fact)
    if (done === null) {
      const key = String(deadline.getTime())
      tally.pending[key] = (tally.pending[key] ?? 0) + 1
      continue
    }
    tally.done++
    if (doneBefore(done, deadline)) tally.on_time++
  }
  return tally
}

/**
 * The rate a tally gives at `now`: of the shipments done, or whose deadline has passed by `now`,
 * the share done before it. Not done after the deadline is late; not done and not yet due is not
 * counted yet.
 */
export function tallyRate(tally: DeadlineTally, now: Date): Rate {
  let overdue = 0
  for (const [deadline, count] of Object.entries(tally.pending)) if (Number(deadline) <= now.getTime()) overdue += count
  return rateOf(tally.on_time, tally.done + overdue)
}

export const shipmentTally = (facts: readonly ShipmentFact[], calendars: CentreCalendars) =>
  deadlineTally(facts, (fact) => shipByOf(fact, calendars), shippedAt)

export const deliveryTally = (facts: readonly ShipmentFact[], calendars: CentreCalendars) =>
  deadlineTally(facts, (fact) => deliverByOf(fact, calendars), (fact) => fact.delivered_at)

/**
 * On-time shipment: of the open shipments (live, not canceled) of a centre that have shipped, or
 * whose ship-by deadline (`shipByDeadline`) has passed by `now`, the share that shipped before
 * their deadline. A shipment still not shipped after its deadline counts as late; one not yet
 * due and not shipped is not counted yet. Back-ordered parts (no centre), canceled and
 * superseded ones are left out. Null when nothing counts.
 */
export function onTimeShipmentRate(facts: readonly ShipmentFact[], calendars: CentreCalendars, now: Date): Rate {
  checkCalendars(calendars)
  return tallyRate(shipmentTally(facts, calendars), now)
}

/**
 * On-time delivery: of the open shipments of a centre whose shipping option promised delivery
 * days, and that were delivered or whose deliver-by deadline (`deliverByDeadline`: the end of
 * the day that many working days after the ship-by day) has passed by `now`, the share delivered
 * before the deadline. Null when no shipment has promised days (or none counts yet).
 */
export function onTimeDeliveryRate(facts: readonly ShipmentFact[], calendars: CentreCalendars, now: Date): Rate {
  checkCalendars(calendars)
  return tallyRate(deliveryTally(facts, calendars), now)
}
