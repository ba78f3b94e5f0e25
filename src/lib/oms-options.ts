import { ROUTING_STRATEGIES, RoutingStrategy } from "./routing/types"

/** Options a host passes in `plugins: [{ resolve: "medusa-oms", options }]`. */
export interface OmsPluginOptions {
  /** Routing strategy used on order.placed. Default "closest_full_stock". */
  strategy?: RoutingStrategy
  /** Most centres one order may be split over. Default 3. */
  maxShipments?: number
  /** A SKU counts as low stock at a centre when available units are at or below this. Default 5. */
  lowStockThreshold?: number
}

export interface ResolvedOmsOptions {
  strategy: RoutingStrategy
  maxShipments: number
  lowStockThreshold: number
}

export const DEFAULT_OMS_OPTIONS: ResolvedOmsOptions = {
  strategy: "closest_full_stock",
  maxShipments: 3,
  lowStockThreshold: 5,
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
  return { strategy, maxShipments, lowStockThreshold }
}
