import { normalQuantile } from "./normal"

export class StockInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(message)
  }
}

/**
 * One SKU at one centre, as the stock-health maths reads it: units shipped per day over the
 * window, oldest first (a day the SKU was out of stock is `null`: its zero is not demand, the
 * shelf was empty), and what is there now.
 */
export interface DemandSeries {
  daily_units: (number | null)[]
}

export interface DemandStats {
  /** Days with stock in the window: the days whose sales say something about demand. */
  in_stock_days: number
  stock_out_days: number
  /** Mean units a day over the in-stock days; 0 without any. */
  mean: number
  /** Standard deviation of a day's units over the in-stock days (population); 0 with fewer than two. */
  std_dev: number
}

/**
 * Demand per day from shipments, leaving out stock-out days: a SKU that sold 10 a day and then
 * sat empty for a week did not stop being wanted, so the empty days are not counted as zero
 * demand (which would lower its reorder point exactly when it runs out).
 */
export function demandStats({ daily_units }: DemandSeries): DemandStats {
  const days = daily_units.filter((d): d is number => d !== null)
  for (const d of days) if (!(Number.isFinite(d) && d >= 0)) throw new StockInputError("daily_units", `daily units must be finite and >= 0, got ${d}`)
  const mean = days.length ? days.reduce((a, b) => a + b, 0) / days.length : 0
  const variance = days.length > 1 ? days.reduce((sum, d) => sum + (d - mean) ** 2, 0) / days.length : 0
  return { in_stock_days: days.length, stock_out_days: daily_units.length - days.length, mean, std_dev: Math.sqrt(variance) }
}

export interface ReorderSettings {
  /** Days from ordering to having the units on the shelf at this centre. */
  lead_time_days: number
  /** Wanted chance of not running out during a lead time, e.g. 0.95. */
  service_level: number
  /** Days of demand the suggested order should bring the stock up to. */
  target_days_of_supply: number
}

export interface ReorderAdvice {
  safety_stock: number
  reorder_point: number
  /** Available units at or below the reorder point. */
  reorder_now: boolean
  /** Whole units to order to reach the target days of supply (0 when not reordering). */
  suggested_quantity: number
  /** Available ÷ mean daily demand; null when nothing sells. */
  days_of_supply: number | null
}

function checkSettings(s: ReorderSettings) {
  if (!(Number.isFinite(s.lead_time_days) && s.lead_time_days >= 0 && s.lead_time_days <= 365)) {
    throw new StockInputError("lead_time_days", `lead_time_days must be 0–365, got ${s.lead_time_days}`)
  }
  if (!(Number.isFinite(s.target_days_of_supply) && s.target_days_of_supply >= 0 && s.target_days_of_supply <= 730)) {
    throw new StockInputError("target_days_of_supply", `target_days_of_supply must be 0–730, got ${s.target_days_of_supply}`)
  }
}

/**
 * Reorder point = expected demand over the lead time + safety stock, with safety stock =
 * Z × σ × √L (Z the service level's normal quantile, σ the daily demand's standard deviation,
 * L the lead time in days). When the available units (on hand − reserved, plus units already
 * on order) are at or below it, the suggestion is what brings them up to the target days of
 * supply plus the safety stock, rounded up to whole units.
 */
export function reorderAdvice(stats: DemandStats, available: number, onOrder: number, settings: ReorderSettings): ReorderAdvice {
  checkSettings(settings)
  const z = normalQuantile(settings.service_level)
  const safety_stock = Math.max(0, z * stats.std_dev * Math.sqrt(settings.lead_time_days))
  const reorder_point = stats.mean * settings.lead_time_days + safety_stock
  const position = available + onOrder
  const reorder_now = stats.mean > 0 && position <= reorder_point
  const target = stats.mean * settings.target_days_of_supply + safety_stock
  return {
    safety_stock,
    reorder_point,
    reorder_now,
    suggested_quantity: reorder_now ? Math.max(0, Math.ceil(target - position - 1e-9)) : 0,
    days_of_supply: stats.mean > 0 ? Math.max(0, available) / stats.mean : null,
  }
}
