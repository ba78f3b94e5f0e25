/**
 * Calendar dates and clock times in an IANA time zone, for rules that speak of a centre's local
 * day ("placed before 14:00 on a working day"). Only the standard Intl API; the zone's offset is
 * read at the instant itself, so a day that starts or ends on a daylight-saving change is right.
 */

/** A calendar date with no time zone attached (month 1–12). */
export interface LocalDate {
  year: number
  month: number
  day: number
}

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

// Building a formatter is far slower than using one; KPIs format once per shipment. Intl takes
// any spelling of a zone's case, so the cache is emptied rather than let grow without end.
const formatters = new Map<string, Intl.DateTimeFormat>()
const MAX_CACHED_ZONES = 1000

/** Throws a RangeError for a time zone Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear()
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * How far the zone's clock is ahead of UTC at an instant (negative west of Greenwich). Zones
 * change offset only at quarter-hour instants of UTC (their offsets are whole quarter hours since
 * the 1970s), so one Intl read per zone and quarter hour is kept and reused: KPIs ask for
 * thousands of instants of the same few days.
 */
const QUARTER_HOUR_MS = 900_000
const offsets = new Map<string, number>()
const MAX_CACHED_OFFSETS = 100_000

function offsetAt(instant: number, timeZone: string): number {
  const quarter = Math.floor(instant / QUARTER_HOUR_MS) * QUARTER_HOUR_MS
  const key = `${timeZone}|${quarter}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    const parts = formatterFor(timeZone).formatToParts(new Date(quarter))
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
    offset = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - quarter
    if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

/** The wall clock in the zone at an instant, written as if it were UTC (milliseconds dropped). */
function wallClockAsUtc(instant: Date, timeZone: string): number {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000
  return seconds + offsetAt(seconds, timeZone)
}

/** True when Intl knows the zone (the formatter it builds is kept for later use). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = new Date(wallClockAsUtc(instant, timeZone))
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() }
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay counts. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS)
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }
}

export const sameLocalDate = (a: LocalDate, b: LocalDate) => a.year === b.year && a.month === b.month && a.day === b.day

/**
 * The instant the zone's clock shows `minutes` after midnight of `date` (1440 is the next
 * midnight). The offset is read twice: once near the wanted time, once at the answer, so a
 * daylight-saving change earlier that day is taken into account.
 */
export function atLocalTime(date: LocalDate, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS
  const first = wall - offsetAt(wall, timeZone)
  const second = wall - offsetAt(first, timeZone)
  return new Date(second)
}

/** The first instant of the local day after `date`: the end of `date`, exclusive. */
export const endOfLocalDate = (date: LocalDate, timeZone: string) => atLocalTime(addDays(date, 1), 0, timeZone)
