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
 * Of the open shipments that have a deadline and are done, or whose deadline has passed by
 * `now`, the share done before it. Not done after the deadline is late; not done and not yet
 * due is not counted yet.
 */
function deadlineRate(
  facts: readonly ShipmentFact[],
  now: Date,
  deadlineOf: (fact: ShipmentFact) => Date | null,
  doneAt: (fact: ShipmentFact) => Date | null
): Rate {
  let onTime = 0
  let counted = 0
  for (const fact of facts.filter(isOpenFact)) {
    const deadline = deadlineOf(fact)
    const done = doneAt(fact)
    if (!deadline || (done === null && deadline > now)) continue
    counted++
    if (doneBefore(done, deadline)) onTime++
  }
  return rateOf(onTime, counted)
}

/**
 * On-time shipment: of the open shipments (live, not canceled) of a centre that have shipped, or
 * whose ship-by deadline (`shipByDeadline`) has passed by `now`, the share that shipped before
 * their deadline. A shipment still not shipped after its deadline counts as late; one not yet
 * due and not shipped is not counted yet. Back-ordered parts (no centre), canceled and
 * superseded ones are left out. Null when nothing counts.
 */
export function onTimeShipmentRate(facts: readonly ShipmentFact[], calendars: CentreCalendars, now: Date): Rate {
  checkCalendars(calendars)
  return deadlineRate(facts, now, (fact) => shipByOf(fact, calendars), shippedAt)
}

/**
 * On-time delivery: of the open shipments of a centre whose shipping option promised delivery
 * days, and that were delivered or whose deliver-by deadline (`deliverByDeadline`: the end of
 * the day that many working days after the ship-by day) has passed by `now`, the share delivered
 * before the deadline. Null when no shipment has promised days (or none counts yet).
 */
export function onTimeDeliveryRate(facts: readonly ShipmentFact[], calendars: CentreCalendars, now: Date): Rate {
  checkCalendars(calendars)
  return deadlineRate(facts, now, (fact) => deliverByOf(fact, calendars), (fact) => fact.delivered_at)
}
