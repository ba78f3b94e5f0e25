/**
 * Number, duration and change formatting for the dashboard and returns pages. Pure: the locale
 * and the words come in as arguments (the pages pass the admin's language and `t`), so these
 * are unit-tested without React or i18next.
 */

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** The words a duration is written with, in the admin's language. */
export interface DurationUnits {
  day: string
  hour: string
  minute: string
  /** For anything under a minute, e.g. "< 1 min". */
  underMinute: string
}

export const EN_DURATION_UNITS: DurationUnits = { day: "d", hour: "h", minute: "min", underMinute: "< 1 min" }

/**
 * A duration the way a merchant reads it: two units at most, rounded to the smaller one.
 * "1 d 4 h", "3 h 20 min", "45 min", "< 1 min"; a whole unit drops the zero ("2 d", "3 h").
 * Null, negative or not finite → "—".
 */
export function formatDuration(ms: number | null | undefined, units: DurationUnits = EN_DURATION_UNITS): string {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return "—"
  if (ms < MINUTE) return units.underMinute
  const minutes = Math.round(ms / MINUTE)
  if (minutes < 60) return `${minutes} ${units.minute}`
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60)
    const m = minutes % 60
    return m ? `${h} ${units.hour} ${m} ${units.minute}` : `${h} ${units.hour}`
  }
  const hours = Math.round(ms / HOUR)
  const d = Math.floor(hours / 24)
  const h = hours % 24
  return h ? `${d} ${units.day} ${h} ${units.hour}` : `${d} ${units.day}`
}

/** A share (0..1) as a percentage with one decimal: 0.9834 → "98.3%" (en) / "98,3%" (id). */
export function formatRate(share: number | null | undefined, locale: string): string {
  if (share == null || !Number.isFinite(share)) return "—"
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share)
}

/** A whole count with the locale's grouping: 12345 → "12,345" / "12.345". */
export function formatCount(value: number | null | undefined, locale: string): string {
  if (value == null || !Number.isFinite(value)) return "—"
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** A decimal such as parcels per order: 1.2345 → "1.23" / "1,23". */
export function formatDecimal(value: number | null | undefined, locale: string, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return "—"
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/**
 * Money in the store's currency. Amounts of 1,000 and above drop the minor units (a cost per
 * order of "Rp 12.500" reads better than "Rp 12.500,00"); smaller ones keep the currency's own.
 * An unknown or missing currency code falls back to a plain number.
 */
export function formatMoney(amount: number | null | undefined, currency: string | null | undefined, locale: string): string {
  if (amount == null || !Number.isFinite(amount)) return "—"
  const big = Math.abs(amount) >= 1000
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency: currency.toUpperCase(),
        // the store's own currency: "Rp", "$", "€" rather than "IDR", "US$"
        currencyDisplay: "narrowSymbol",
        ...(big ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      }).format(amount)
    } catch {
      // an invalid currency code: fall through to a plain number
    }
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: big ? 0 : 2 }).format(amount)
}

/** Which way a KPI should move: "up" (accuracy), "down" (cycle time, cost), or neither (order count). */
export type Better = "up" | "down" | "neither"

export type ChangeTone = "good" | "bad" | "neutral"

export interface Change {
  /** current − previous; null when either side is missing. */
  delta: number | null
  /** delta / previous; null when previous is 0 or missing. */
  relative: number | null
  direction: "up" | "down" | "same" | "none"
  tone: ChangeTone
}

/**
 * How a KPI moved since the previous period, and whether that is good. A move smaller than
 * `epsilon` (what would round to zero on screen) is "same"; a missing side is "none". Tone:
 * up is good when higher is better, down is good when lower is better; "neither" is neutral.
 */
export function changeOf(current: number | null | undefined, previous: number | null | undefined, better: Better, epsilon = 0): Change {
  if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return { delta: null, relative: null, direction: "none", tone: "neutral" }
  }
  const delta = current - previous
  const relative = previous !== 0 ? delta / Math.abs(previous) : null
  if (Math.abs(delta) <= epsilon) return { delta, relative, direction: "same", tone: "neutral" }
  const direction = delta > 0 ? "up" : "down"
  const tone: ChangeTone = better === "neither" ? "neutral" : direction === better ? "good" : "bad"
  return { delta, relative, direction, tone }
}

/** What a tile's value is, which sets how it and its change are written. */
export type ValueKind = "count" | "rate" | "duration" | "decimal" | "money"

/** The smallest change worth a colour, per kind: what would round to zero on screen. */
export const CHANGE_EPSILON: Record<ValueKind, number> = {
  count: 0,
  rate: 0.0005, // 0.05 percentage points
  duration: 30_000, // half a minute
  decimal: 0.005,
  money: 0.5,
}

export interface FormatContext {
  locale: string
  currency: string | null
  units: DurationUnits
  /** "pts" / "poin": the unit of a change between two percentages. */
  points: string
}

export function formatValue(kind: ValueKind, value: number | null | undefined, ctx: FormatContext): string {
  switch (kind) {
    case "count":
      return formatCount(value, ctx.locale)
    case "rate":
      return formatRate(value, ctx.locale)
    case "duration":
      return formatDuration(value, ctx.units)
    case "decimal":
      return formatDecimal(value, ctx.locale)
    case "money":
      return formatMoney(value, ctx.currency, ctx.locale)
  }
}

/**
 * The change as a short signed text: counts as a relative change ("+12.5%"), percentages in
 * points ("−1.2 pts"), durations, decimals and money as the difference ("−3 h 20 min",
 * "+0.05", "+Rp 1.200"). Null when there is nothing to compare.
 */
export function formatChange(kind: ValueKind, change: Change, ctx: FormatContext): string | null {
  if (change.delta == null) return null
  const sign = change.direction === "up" ? "+" : change.direction === "down" ? "−" : "±"
  const size = Math.abs(change.delta)
  switch (kind) {
    case "count":
      if (change.direction === "same") return "±0"
      if (change.relative == null) return `${sign}${formatCount(size, ctx.locale)}`
      return `${sign}${new Intl.NumberFormat(ctx.locale, { style: "percent", maximumFractionDigits: 1 }).format(Math.abs(change.relative))}`
    case "rate":
      return `${sign}${new Intl.NumberFormat(ctx.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(size * 100)} ${ctx.points}`
    case "duration":
      return change.direction === "same" ? "±0" : `${sign}${formatDuration(size, ctx.units)}`
    case "decimal":
      return `${sign}${formatDecimal(size, ctx.locale)}`
    case "money":
      return `${sign}${formatMoney(size, ctx.currency, ctx.locale)}`
  }
}
