import { addDays, atLocalTime, LocalDate, localDateOf } from "../time/local-date"
import type { Period } from "./periods"

/** A local day as the rollup rows name it: "2026-11-30". */
export const dayText = (date: LocalDate) =>
  `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`

export function parseDayText(text: string): LocalDate {
  const [year, month, day] = text.split("-").map(Number)
  return { year, month, day }
}

/** The local day (in the reporting time zone) an order placed at `instant` counts for. */
export const rollupDayOf = (instant: Date, timeZone: string) => dayText(localDateOf(instant, timeZone))

/** Where a local day starts and ends (exclusive), as instants. */
export function dayBounds(day: string, timeZone: string): Period {
  const date = parseDayText(day)
  return { from: atLocalTime(date, 0, timeZone), to: atLocalTime(addDays(date, 1), 0, timeZone) }
}

/** Most days one plan walks: 20 years, far beyond any dashboard range; longer periods are refused by the route. */
export const MAX_PLAN_DAYS = 7_320

/**
 * The whole local days of a period that a rollup may answer for: every day that lies entirely
 * inside it and ended before the day `now` is in (today keeps changing, so it is always read
 * from the facts themselves, as are the ragged ends of a period that does not start or end at
 * a midnight of the reporting time zone).
 */
export function wholePastDays(period: Period, timeZone: string, now: Date): string[] {
  const today = dayText(localDateOf(now, timeZone))
  const days: string[] = []
  let date = localDateOf(period.from, timeZone)
  for (let i = 0; i <= MAX_PLAN_DAYS; i++, date = addDays(date, 1)) {
    const day = dayText(date)
    const bounds = dayBounds(day, timeZone)
    if (bounds.from >= period.to || day >= today) break
    if (bounds.from >= period.from && bounds.to <= period.to) days.push(day)
  }
  return days
}

/**
 * The parts of a period that are not covered by the rolled-up days: the spans the route reads
 * from the fact rows. Consecutive uncovered time is one span, so a period without any rollup
 * is one span, and one with every day rolled up has at most its two ragged ends (and today).
 */
export function uncoveredSpans(period: Period, rolledDays: readonly string[], timeZone: string): Period[] {
  const covered = [...rolledDays].sort().map((day) => dayBounds(day, timeZone))
  const spans: Period[] = []
  let cursor = period.from
  for (const day of covered) {
    const from = day.from < period.from ? period.from : day.from
    const to = day.to > period.to ? period.to : day.to
    if (to <= cursor) continue
    if (from > cursor) spans.push({ from: cursor, to: from })
    cursor = to
  }
  if (cursor < period.to) spans.push({ from: cursor, to: period.to })
  return spans
}

/** "2026-11" of "2026-11-30". */
export const monthOfDay = (day: string) => day.slice(0, 7)

/** Every day of a month, in order. */
export function daysOfMonth(month: string): string[] {
  const [year, m] = month.split("-").map(Number)
  const count = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`)
}

/**
 * The days grouped for reading: the months every day of which is among `days` (read as one
 * month row each), and the other days (read one row each).
 */
export function groupWholeMonths(days: readonly string[]): { months: string[]; days: string[] } {
  const present = new Set(days)
  const months = [...new Set(days.map(monthOfDay))].filter((month) => daysOfMonth(month).every((d) => present.has(d)))
  const inMonths = new Set(months)
  return { months, days: days.filter((d) => !inMonths.has(monthOfDay(d))) }
}
