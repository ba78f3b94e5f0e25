import { isKnownTimeZone } from "./time/local-date"
import { DEFAULT_SHIPPING_COSTS } from "./routing/shipping-cost"
import { ROUTING_STRATEGIES, RoutingStrategy, ShippingCosts } from "./routing/types"
import { parseReasonCauseMapping, ReasonCauseMapping, ReasonCauseMappingError } from "./returns"
import { resolveShippingCosts, ShippingCostOptions } from "./shipping-cost-options"
import { DEFAULT_STOCK_OPTIONS, resolveStockOptions, ResolvedStockOptions, StockOptions } from "./stock/stock-options"

/** Options a host passes in `plugins: [{ resolve: "medusa-oms", options }]`. */
export interface OmsPluginOptions {
  /** Routing strategy used on order.placed. Default "closest_full_stock". */
  strategy?: RoutingStrategy
  /** Most centres one order may be split over. Default 3. */
  maxShipments?: number
  /** A SKU counts as low stock at a centre when available units are at or below this. Default 5. */
  lowStockThreshold?: number
  /** The route-unrouted-orders job routes a placed order still without a decision after this many minutes. Default 5. */
  unroutedAfterMinutes?: number
  /** ... placed within this many hours (older orders, e.g. from before the install, are left alone). Default 24. */
  unroutedLookbackHours?: number
  /** Prices the `cost` strategy minimises (and the simulator reports). */
  shippingCosts?: ShippingCostOptions
  /**
   * The store's own return reasons (by `value`) mapped to a root cause: wrong_item, damaged,
   * late_delivery, product, changed_mind or other. The plugin's default reasons need no entry.
   */
  returnReasonCauses?: Record<string, string>
  /** After delivery, ask the customer for a rating by email (Medusa's notification module). Default on. */
  feedbackEnabled?: boolean
  /** The link in that email; `{token}` is replaced. Default "http://localhost:8000/feedback/{token}". */
  feedbackLink?: string
  /** Notification template id of that email. Default "oms-feedback-request". */
  feedbackTemplate?: string
  /**
   * The time zone whose days the dashboard's daily rollups count in (IANA, e.g. "Asia/Jakarta",
   * the default). Periods that start and end at its midnights are read from the rollups.
   */
  reportingTimeZone?: string
  /** Reorder, overstock, dead-stock and alert settings of the stock-health page (src/lib/stock/stock-options.ts). */
  stock?: StockOptions
}

export interface ResolvedOmsOptions {
  strategy: RoutingStrategy
  maxShipments: number
  lowStockThreshold: number
  unroutedAfterMinutes: number
  unroutedLookbackHours: number
  shippingCosts: ShippingCosts
  returnReasonCauses: ReasonCauseMapping
  feedbackEnabled: boolean
  feedbackLink: string
  feedbackTemplate: string
  reportingTimeZone: string
  stock: ResolvedStockOptions
}

export const DEFAULT_OMS_OPTIONS: ResolvedOmsOptions = {
  strategy: "closest_full_stock",
  maxShipments: 3,
  lowStockThreshold: 5,
  unroutedAfterMinutes: 5,
  unroutedLookbackHours: 24,
  shippingCosts: DEFAULT_SHIPPING_COSTS,
  returnReasonCauses: {},
  feedbackEnabled: true,
  feedbackLink: "http://localhost:8000/feedback/{token}",
  feedbackTemplate: "oms-feedback-request",
  reportingTimeZone: "Asia/Jakarta",
  stock: DEFAULT_STOCK_OPTIONS,
}

/** Validates plugin options once at boot so a typo fails loudly instead of routing oddly. */
export function resolveOmsOptions(options: OmsPluginOptions = {}): ResolvedOmsOptions {
  const strategy = options.strategy ?? DEFAULT_OMS_OPTIONS.strategy
  if (!ROUTING_STRATEGIES.includes(strategy)) {
    throw new Error(
      `medusa-oms: unknown routing strategy "${strategy}"; use one of ${ROUTING_STRATEGIES.join(", ")}`
    )
  }
  const maxShipments = Number(options.maxShipments ?? DEFAULT_OMS_OPTIONS.maxShipments)
  if (!Number.isInteger(maxShipments) || maxShipments < 1) {
    throw new Error(`medusa-oms: maxShipments must be a whole number >= 1, got ${options.maxShipments}`)
  }
  const lowStockThreshold = Number(options.lowStockThreshold ?? DEFAULT_OMS_OPTIONS.lowStockThreshold)
  if (!Number.isFinite(lowStockThreshold) || lowStockThreshold < 0) {
    throw new Error(`medusa-oms: lowStockThreshold must be >= 0, got ${options.lowStockThreshold}`)
  }
  const unroutedAfterMinutes = Number(options.unroutedAfterMinutes ?? DEFAULT_OMS_OPTIONS.unroutedAfterMinutes)
  if (!Number.isFinite(unroutedAfterMinutes) || unroutedAfterMinutes < 0) {
    throw new Error(`medusa-oms: unroutedAfterMinutes must be >= 0, got ${options.unroutedAfterMinutes}`)
  }
  const unroutedLookbackHours = Number(options.unroutedLookbackHours ?? DEFAULT_OMS_OPTIONS.unroutedLookbackHours)
  if (!Number.isFinite(unroutedLookbackHours) || unroutedLookbackHours <= 0) {
    throw new Error(`medusa-oms: unroutedLookbackHours must be > 0, got ${options.unroutedLookbackHours}`)
  }
  const shippingCosts = resolveShippingCosts(options.shippingCosts)
  let returnReasonCauses: ReasonCauseMapping
  try {
    returnReasonCauses = parseReasonCauseMapping(options.returnReasonCauses ?? {})
  } catch (error) {
    if (!(error instanceof ReasonCauseMappingError)) throw error
    throw new Error(`medusa-oms: ${error.message.replace(/^reason_cause_mapping/, "returnReasonCauses")}`)
  }
  const text = (name: "feedbackLink" | "feedbackTemplate") => {
    const value = options[name] ?? DEFAULT_OMS_OPTIONS[name]
    if (typeof value !== "string" || !value.trim() || value.length > 500) throw new Error(`medusa-oms: ${name} must be a text of 1–500 characters`)
    return value
  }
  const reportingTimeZone = options.reportingTimeZone ?? DEFAULT_OMS_OPTIONS.reportingTimeZone
  if (typeof reportingTimeZone !== "string" || !isKnownTimeZone(reportingTimeZone)) {
    throw new Error(`medusa-oms: reportingTimeZone must be an IANA time zone such as Asia/Jakarta, got ${options.reportingTimeZone}`)
  }
  return {
    reportingTimeZone,
    strategy,
    maxShipments,
    lowStockThreshold,
    unroutedAfterMinutes,
    unroutedLookbackHours,
    shippingCosts,
    returnReasonCauses,
    feedbackEnabled: options.feedbackEnabled ?? DEFAULT_OMS_OPTIONS.feedbackEnabled,
    feedbackLink: text("feedbackLink"),
    feedbackTemplate: text("feedbackTemplate"),
    stock: resolveStockOptions(options.stock),
  }
}
