import { addDays, LocalDate, localDateOf } from "../time/local-date"
import { StockInputError } from "./reorder-point"

const dayKey = (d: LocalDate) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`

/**
 * Units shipped per local day for the `days` days up to and including `today`'s day, oldest
 * first, in the centre's time zone; a day in `stockOutDays` ("2026-11-30") that sold nothing is
 * null (the shelf was empty, its zero is not demand), one that sold before it emptied counts its
 * units. Shipments outside the window are ignored.
 */
export function dailyUnits(
  shipments: readonly { shipped_at: Date; units: number }[],
  stockOutDays: ReadonlySet<string>,
  days: number,
  today: Date,
  timeZone: string
): (number | null)[] {
  if (!(Number.isInteger(days) && days >= 1 && days <= 366)) throw new StockInputError("days", `days must be a whole number 1–366, got ${days}`)
  const last = localDateOf(today, timeZone)
  const keys = Array.from({ length: days }, (_, i) => dayKey(addDays(last, i - days + 1)))
  const index = new Map(keys.map((k, i) => [k, i]))
  const units = keys.map(() => 0)
  for (const s of shipments) {
    const i = index.get(dayKey(localDateOf(s.shipped_at, timeZone)))
    if (i !== undefined) units[i] += s.units
  }
  return keys.map((k, i) => (stockOutDays.has(k) && units[i] === 0 ? null : units[i]))
}

/** Mean units a day over the last `window` days of the series, in-stock days only; 0 without any. */
export function velocity(series: readonly (number | null)[], window: number): number {
  const days = series.slice(-window).filter((d): d is number => d !== null)
  return days.length ? days.reduce((a, b) => a + b, 0) / days.length : 0
}

/** Times the average stock on hand was sold over the period; null without stock. */
export const inventoryTurnover = (unitsShipped: number, averageOnHand: number): number | null =>
  averageOnHand > 0 ? unitsShipped / averageOnHand : null

export type StockCondition = "stock_out" | "low" | "overstock" | "dead" | "ok"

export interface ConditionThresholds {
  /** Days of supply above which a SKU is overstocked at a centre. */
  overstock_days: number
  /** Days without a sale, with stock on the shelf, after which it is dead stock. */
  dead_after_days: number
}

/**
 * A SKU's condition at a centre, the first that applies: out of stock (nothing available and
 * it sells, or back-orders wait), low (at or below its reorder point), dead (stock on the shelf
 * and no sale for `dead_after_days`), overstocked (more days of supply than `overstock_days`), ok.
 */
export function stockCondition(
  s: { available: number; on_hand: number; reorder_now: boolean; days_of_supply: number | null; days_since_last_sale: number | null; backordered: number },
  t: ConditionThresholds
): StockCondition {
  if (s.available <= 0 && (s.backordered > 0 || (s.days_of_supply !== null && s.on_hand <= 0) || s.reorder_now)) return "stock_out"
  if (s.reorder_now) return "low"
  if (s.on_hand > 0 && (s.days_since_last_sale === null || s.days_since_last_sale >= t.dead_after_days)) return "dead"
  if (s.days_of_supply !== null && s.days_of_supply > t.overstock_days) return "overstock"
  return "ok"
}
