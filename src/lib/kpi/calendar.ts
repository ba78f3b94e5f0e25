import { parseClockTime } from "../time/cutoff"
import { addDays, atLocalTime, endOfLocalDate, isKnownTimeZone, LocalDate, localDateOf, weekdayOf } from "../time/local-date"
import { InvalidCalendarError, KpiInputError } from "./errors"
import type { CentreCalendar, CentreCalendars } from "./facts"

export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5]

const MINUTES_PER_DAY = 24 * 60
const MAX_PROMISED_DAYS = 366

/** A calendar checked once: its cut-off in minutes after midnight (no cut-off: 24:00). */
interface CheckedCalendar {
  time_zone: string
  cutoff_minutes: number
  working_days: ReadonlySet<number>
}

/** Throws InvalidCalendarError naming the bad field; `stockLocationId` goes into the message. */
function checkCalendar(calendar: CentreCalendar, stockLocationId: string | null = null): CheckedCalendar {
  const { time_zone, cutoff_time, working_days = DEFAULT_WORKING_DAYS } = calendar
  if (typeof time_zone !== "string" || !time_zone || !isKnownTimeZone(time_zone)) {
    throw new InvalidCalendarError("time_zone", `time_zone must be an IANA time zone such as Asia/Jakarta, got ${time_zone}`, stockLocationId)
  }
  const cutoff = cutoff_time === null ? MINUTES_PER_DAY : typeof cutoff_time === "string" ? parseClockTime(cutoff_time) : null
  if (cutoff === null) throw new InvalidCalendarError("cutoff_time", `cutoff_time must be HH:MM (24 h) or null, got ${cutoff_time}`, stockLocationId)
  if (!Array.isArray(working_days) || !working_days.length || !working_days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
    throw new InvalidCalendarError("working_days", `working_days must be a non-empty list of days 0 (Sunday) to 6 (Saturday), got ${JSON.stringify(working_days)}`, stockLocationId)
  }
  return { time_zone, cutoff_minutes: cutoff, working_days: new Set(working_days) }
}

/** The calendar of a shipment's centre; null for a part without a centre (back-ordered). */
export function calendarFor(calendars: CentreCalendars, stockLocationId: string | null): CentreCalendar | null {
  if (stockLocationId === null) return null
  const calendar = Object.prototype.hasOwnProperty.call(calendars, stockLocationId) ? calendars[stockLocationId] : undefined
  if (!calendar) throw new InvalidCalendarError("calendars", "no calendar given for this centre", stockLocationId)
  return calendar
}

const isWorkingDay = (calendar: CheckedCalendar, date: LocalDate) => calendar.working_days.has(weekdayOf(date))

function nextWorkingDay(calendar: CheckedCalendar, after: LocalDate): LocalDate {
  let date = addDays(after, 1)
  while (!isWorkingDay(calendar, date)) date = addDays(date, 1) // at most 6 steps: some day is a working day
  return date
}

const cutoffOfDay = (date: LocalDate, calendar: CheckedCalendar) => atLocalTime(date, calendar.cutoff_minutes, calendar.time_zone)

function dueDay(placedAt: Date, calendar: CheckedCalendar): LocalDate {
  const placedOn = localDateOf(placedAt, calendar.time_zone)
  return isWorkingDay(calendar, placedOn) && placedAt < cutoffOfDay(placedOn, calendar) ? placedOn : nextWorkingDay(calendar, placedOn)
}

/** The cut-off instant on the centre's local day that contains `instant` (its end when there is no cut-off). */
export function cutoffOnDayOf(instant: Date, calendar: CentreCalendar): Date {
  const checked = checkCalendar(calendar)
  return cutoffOfDay(localDateOf(instant, checked.time_zone), checked)
}

/**
 * The local day a shipment is due to leave the centre: the day it was placed, when that is a
 * working day and it was placed strictly before the cut-off (placed at 14:00 sharp with a 14:00
 * cut-off is due the next working day); otherwise the next working day. Without a cut-off every
 * placement on a working day, whatever the hour, is due that day (the cut-off is midnight).
 * Days are the centre's local days in its time zone.
 */
export function shipByDay(placedAt: Date, calendar: CentreCalendar): LocalDate {
  return dueDay(placedAt, checkCalendar(calendar))
}

/**
 * When a shipment must have left to be on time: the end of its ship-by day (`shipByDay`), i.e.
 * the next local midnight, exclusive. Shipped at 23:59:59 local on the due day is on time.
 */
export function shipByDeadline(placedAt: Date, calendar: CentreCalendar): Date {
  const checked = checkCalendar(calendar)
  return endOfLocalDate(dueDay(placedAt, checked), checked.time_zone)
}

/**
 * When a shipment with promised delivery days must have been delivered: the end of the day
 * `promisedDays` working days (of the centre's calendar) after its ship-by day; 0 promised days
 * is the ship-by day itself. Counted in the centre's time zone, not the customer's.
 */
export function deliverByDeadline(placedAt: Date, promisedDays: number, calendar: CentreCalendar): Date {
  if (!(Number.isInteger(promisedDays) && promisedDays >= 0 && promisedDays <= MAX_PROMISED_DAYS)) {
    throw new KpiInputError("promised_days", `promised_days must be a whole number from 0 to ${MAX_PROMISED_DAYS}, got ${promisedDays}`)
  }
  const checked = checkCalendar(calendar)
  let day = dueDay(placedAt, checked)
  for (let i = 0; i < promisedDays; i++) day = nextWorkingDay(checked, day)
  return endOfLocalDate(day, checked.time_zone)
}

/** Throws InvalidCalendarError for the first unusable calendar, naming its centre. */
export function checkCalendars(calendars: CentreCalendars): void {
  for (const [stockLocationId, calendar] of Object.entries(calendars)) checkCalendar(calendar, stockLocationId)
}
