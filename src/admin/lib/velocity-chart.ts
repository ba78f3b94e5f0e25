/**
 * The SKU page's sales chart from the route's 90 days: units a day, the 7- and 28-day pace as
 * the health rows count it (stock-out days left out, src/lib/stock velocity) and the stretches
 * the shelf was empty. Pure, unit-tested.
 */
import { velocity } from "../../lib/stock/velocity"
import type { StockDay } from "./stock-health-types"

export interface VelocityPoint {
  day: string
  units: number
  stock_out: boolean
  /** Pace over the 7 / 28 days up to this one; null until there is an in-stock day. */
  avg_7: number | null
  avg_28: number | null
}

export function velocityPoints(daily: readonly StockDay[]): VelocityPoint[] {
  const series = daily.map((d) => (d.stock_out ? null : d.units))
  return daily.map((d, i) => {
    const upTo = series.slice(0, i + 1)
    const anyInStock = (w: number) => upTo.slice(-w).some((u) => u !== null)
    return {
      day: d.day,
      units: d.units,
      stock_out: d.stock_out,
      avg_7: anyInStock(7) ? velocity(upTo, 7) : null,
      avg_28: anyInStock(28) ? velocity(upTo, 28) : null,
    }
  })
}

/** Runs of consecutive stock-out days as first and last day, to shade on the chart. */
export function stockOutRuns(daily: readonly StockDay[]): { from: string; to: string; days: number }[] {
  const runs: { from: string; to: string; days: number }[] = []
  daily.forEach((d, i) => {
    if (!d.stock_out) return
    if (i > 0 && daily[i - 1].stock_out) {
      const run = runs[runs.length - 1]
      run.to = d.day
      run.days++
    } else runs.push({ from: d.day, to: d.day, days: 1 })
  })
  return runs
}
