import { dayText, parseDayText } from "../kpi/rollup-plan"
import { addDays } from "../time/local-date"

/** What a day row of one SKU at one centre says (oms_stock_day). */
export interface StockDayFact {
  day: string
  units: number
  backordered: number
  on_hand: number | null
  stock_out: boolean
}

export interface DaySeries {
  /** The window's local days, oldest first, ending with `today`. */
  days: string[]
  /** Units per day, null on stock-out days that sold nothing (the input of stockHealthRow). */
  daily_units: (number | null)[]
  /** Units per day with stock-out days as they were (the chart's). */
  units: number[]
  stock_out: boolean[]
  /** Shelf samples per day, null without one. */
  on_hand: (number | null)[]
  backordered: number
  /** The last day in the window with a unit shipped, and how many days before today it was. */
  last_sale_day: string | null
  days_since_last_sale: number | null
}

/** The `days` local days up to and including `today` ("2026-12-01"), oldest first. */
export function windowDays(today: string, days: number): string[] {
  const last = parseDayText(today)
  return Array.from({ length: days }, (_, i) => dayText(addDays(last, i - days + 1)))
}

/** Sparse day rows (only days with sales, back-orders or a sample exist) laid out over the window. */
export function daySeries(facts: readonly StockDayFact[], today: string, days: number): DaySeries {
  return daySeriesOver(facts, windowDays(today, days))
}

/** The same over a window worked out once (`windowDays`), for many SKUs at a time. */
export function daySeriesOver(facts: readonly StockDayFact[], window: readonly string[]): DaySeries {
  const byDay = new Map<string, StockDayFact>()
  for (const f of facts) byDay.set(f.day, f)
  const out: DaySeries = { days: [...window], daily_units: [], units: [], stock_out: [], on_hand: [], backordered: 0, last_sale_day: null, days_since_last_sale: null }
  window.forEach((day, i) => {
    const f = byDay.get(day)
    const units = f ? Number(f.units) : 0
    out.units.push(units)
    out.stock_out.push(Boolean(f?.stock_out))
    // a day that sold before its shelf emptied counts what it sold: dropping it would leave a SKU
    // that sells out every day with no demand at all
    out.daily_units.push(f?.stock_out && units === 0 ? null : units)
    out.on_hand.push(f && f.on_hand !== null && f.on_hand !== undefined ? Number(f.on_hand) : null)
    out.backordered += f ? Number(f.backordered) : 0
    if (units > 0) [out.last_sale_day, out.days_since_last_sale] = [day, window.length - 1 - i]
  })
  return out
}
