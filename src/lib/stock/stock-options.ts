import { ALERT_KINDS, type AlertKind } from "./alerts"

/** The `stock` plugin option: defaults for every centre; a centre or a SKU can override them in the admin. */
export interface StockOptions {
  /** Wanted chance of not running out during a lead time. Default 0.95. */
  serviceLevel?: number
  /** Days from ordering to units on the shelf. Default 7. */
  leadTimeDays?: number
  /** Days of demand a suggested order brings the stock up to. Default 30. */
  targetDaysOfSupply?: number
  /** More days of supply than this is overstock. Default 120. */
  overstockDays?: number
  /** No sale for this many days with stock on the shelf is dead stock. Default 60. */
  deadAfterDays?: number
  /** Days of local demand a centre keeps before it gives stock to another. Default 14. */
  transferCoverDays?: number
  /** Alert kinds posted to the admin's notification feed; each on by default. */
  alerts?: Partial<Record<AlertKind, boolean>>
}

export interface ResolvedStockOptions {
  serviceLevel: number
  leadTimeDays: number
  targetDaysOfSupply: number
  overstockDays: number
  deadAfterDays: number
  transferCoverDays: number
  alerts: Record<AlertKind, boolean>
}

export const DEFAULT_STOCK_OPTIONS: ResolvedStockOptions = {
  serviceLevel: 0.95,
  leadTimeDays: 7,
  targetDaysOfSupply: 30,
  overstockDays: 120,
  deadAfterDays: 60,
  transferCoverDays: 14,
  alerts: { low_stock: true, stock_out: true, overstock: true, invariant_break: true },
}

/** Bounds of each setting, shared by the plugin option and the admin's settings route. */
export const STOCK_SETTING_BOUNDS = {
  serviceLevel: { min: 0.5, max: 0.999 },
  leadTimeDays: { min: 0, max: 365 },
  targetDaysOfSupply: { min: 1, max: 730 },
  overstockDays: { min: 1, max: 3650 },
  deadAfterDays: { min: 1, max: 3650 },
  transferCoverDays: { min: 1, max: 365 },
} as const

export function resolveStockOptions(options: StockOptions = {}): ResolvedStockOptions {
  const out = { ...DEFAULT_STOCK_OPTIONS, alerts: { ...DEFAULT_STOCK_OPTIONS.alerts } }
  for (const [name, { min, max }] of Object.entries(STOCK_SETTING_BOUNDS) as [keyof typeof STOCK_SETTING_BOUNDS, { min: number; max: number }][]) {
    const value = options[name] ?? DEFAULT_STOCK_OPTIONS[name]
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      throw new Error(`medusa-oms: stock.${name} must be a number from ${min} to ${max}, got ${options[name]}`)
    }
    out[name] = value
  }
  for (const [kind, on] of Object.entries(options.alerts ?? {})) {
    if (!(ALERT_KINDS as readonly string[]).includes(kind)) throw new Error(`medusa-oms: stock.alerts.${kind} is not an alert kind; use ${ALERT_KINDS.join(", ")}`)
    if (typeof on !== "boolean") throw new Error(`medusa-oms: stock.alerts.${kind} must be true or false`)
    out.alerts[kind as AlertKind] = on
  }
  return out
}
