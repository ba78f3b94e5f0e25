/**
 * The date ranges of the dashboard and returns filters, in the admin's local days. Pure: `now`
 * comes in, so a page re-rendering within the day asks the server for the same period (and the
 * query cache keeps it).
 */

export interface PeriodIso {
  /** Included. */
  from: string
  /** Excluded. */
  to: string
}

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate())
const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days)

/** The last `days` days, today included: from midnight `days − 1` days ago to midnight tonight. */
export function presetPeriod(days: number, now: Date = new Date()): PeriodIso {
  const to = addDays(startOfDay(now), 1)
  return { from: addDays(to, -days).toISOString(), to: to.toISOString() }
}

/** "2026-11-03" (a date input's value) → that local day's midnight; null when it is not a date. */
export function parseDateInput(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "")
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const date = new Date(year, month, day)
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null
}

/** A local date as a date input's value. */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** From the first day's midnight to the midnight after the last day; null when either is missing or the first is after the last. */
export function customPeriod(first: string | null | undefined, last: string | null | undefined): PeriodIso | null {
  const from = parseDateInput(first)
  const lastDay = parseDateInput(last)
  if (!from || !lastDay || from > lastDay) return null
  return { from: from.toISOString(), to: addDays(lastDay, 1).toISOString() }
}

/**
 * A period as people say it, its last day included: "3 – 9 Nov 2026". The end is exclusive on
 * the wire, so a period ending at midnight is shown up to the day before.
 */
export function formatPeriod(period: { from: string; to: string }, locale: string): string {
  const from = new Date(period.from)
  const end = new Date(period.to)
  if (Number.isNaN(from.getTime()) || Number.isNaN(end.getTime())) return "—"
  const midnight = end.getHours() === 0 && end.getMinutes() === 0 && end.getSeconds() === 0 && end.getMilliseconds() === 0
  const last = midnight && end > from ? new Date(end.getTime() - 1) : end
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" })
  return startOfDay(from).getTime() === startOfDay(last).getTime() ? format.format(from) : (format as Intl.DateTimeFormat & { formatRange(a: Date, b: Date): string }).formatRange(from, last)
}

/** A period as the two date inputs of a custom range: its first day and its last day (the end is exclusive). */
export function asDateInputs(period: PeriodIso): { from: string; to: string } {
  return { from: toDateInput(new Date(period.from)), to: toDateInput(new Date(new Date(period.to).getTime() - 1)) }
}
