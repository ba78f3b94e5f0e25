import { demandStats, reorderAdvice, type ReorderAdvice, type ReorderSettings } from "./reorder-point"
import { inventoryTurnover, stockCondition, velocity, type ConditionThresholds, type StockCondition } from "./velocity"

/** What the stock-health page knows of one SKU at one centre. */
export interface HealthInput {
  /** Units shipped per local day, oldest first, the last 90 days; null on stock-out days. */
  daily_units: (number | null)[]
  on_hand: number
  reserved: number
  on_order: number
  backordered: number
  /** Days since the last unit shipped; null when none shipped in the window. */
  days_since_last_sale: number | null
  /** Mean units on hand over the window, for turnover. */
  average_on_hand: number
}

export interface HealthRow extends ReorderAdvice {
  available: number
  velocity_7: number
  velocity_28: number
  velocity_90: number
  stock_out_days: number
  /** Units customers would likely have bought on the stock-out days (their number × the in-stock mean). */
  demand_missed: number
  turnover_90: number | null
  condition: StockCondition
}

/**
 * One row of the stock-health table: velocities over 7, 28 and 90 days (in-stock days only),
 * the reorder advice from the 90-day demand, turnover, what the stock-outs likely cost, and the
 * SKU's condition at the centre.
 */
export function stockHealthRow(input: HealthInput, settings: ReorderSettings, thresholds: ConditionThresholds): HealthRow {
  const stats = demandStats({ daily_units: input.daily_units })
  const available = input.on_hand - input.reserved
  const advice = reorderAdvice(stats, available, input.on_order, settings)
  const shipped = input.daily_units.reduce<number>((sum, d) => sum + (d ?? 0), 0)
  return {
    ...advice,
    available,
    velocity_7: velocity(input.daily_units, 7),
    velocity_28: velocity(input.daily_units, 28),
    velocity_90: velocity(input.daily_units, 90),
    stock_out_days: stats.stock_out_days,
    demand_missed: stats.stock_out_days * stats.mean,
    turnover_90: inventoryTurnover(shipped, input.average_on_hand),
    condition: stockCondition(
      { available, on_hand: input.on_hand, reorder_now: advice.reorder_now, days_of_supply: advice.days_of_supply, days_since_last_sale: input.days_since_last_sale, backordered: input.backordered },
      thresholds
    ),
  }
}
