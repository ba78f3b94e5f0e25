/**
 * How the stock-health figures read for a merchant. Pure: the locale and `t` come in as
 * arguments, so these are unit-tested without React.
 */
import { formatCount, formatDecimal } from "./kpi-format"
import type { Translate } from "./translate"

/** Units sold per day: one decimal ("2.4"); nothing sold shows "0.0". */
export const formatPerDay = (value: number | null | undefined, locale: string) => formatDecimal(value, locale, 1)

/** Whole units: a reorder point of 12.3 units is "13" (rounded up: it is the level to reorder at). */
export const formatUnits = (value: number | null | undefined, locale: string, roundUp = false) =>
  // `|| 0`: no "-0" for a reorder point of 0
  value == null || !Number.isFinite(value) ? "—" : formatCount((roundUp ? Math.ceil(value - 1e-9) : Math.round(value)) || 0, locale)

/** Units estimated (missed sales): whole units, "< 1" for a fraction of one, "—" for none. */
export function formatEstimate(value: number | null | undefined, locale: string): string {
  if (value == null || !Number.isFinite(value) || value <= 0) return "—"
  return value < 0.5 ? "< 1" : formatUnits(value, locale)
}

/** Days the stock lasts at the current pace; no sales at all → "no sales", very long → "over 999 days". */
export function daysOfSupplyText(days: number | null | undefined, locale: string, t: Translate): string {
  if (days == null || !Number.isFinite(days)) return t("stockHealth.noSales")
  if (days > 999) return t("stockHealth.overDays", { count: 999, days: formatCount(999, locale) })
  const whole = Math.floor(days)
  return t("stockHealth.days", { count: whole, days: formatCount(whole, locale) })
}

/** "Updated 4 min ago" from the snapshot's time; null → "not worked out yet". */
export function freshnessText(refreshedAt: string | null | undefined, now: number, locale: string, t: Translate): string {
  if (!refreshedAt) return t("stockHealth.neverRefreshed")
  const at = new Date(refreshedAt).getTime()
  if (!Number.isFinite(at)) return t("stockHealth.neverRefreshed")
  const minutes = Math.max(0, Math.floor((now - at) / 60_000))
  if (minutes < 1) return t("stockHealth.updatedJustNow")
  if (minutes < 60) return t("stockHealth.updatedMinutes", { count: minutes, n: formatCount(minutes, locale) })
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return t("stockHealth.updatedHours", { count: hours, n: formatCount(hours, locale) })
  const days = Math.floor(hours / 24)
  return t("stockHealth.updatedDays", { count: days, n: formatCount(days, locale) })
}
