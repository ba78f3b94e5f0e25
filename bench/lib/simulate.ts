import {
  costOfDecision,
  decideRouting,
  type DecisionCost,
  medusaDefaultRouting,
  type CenterCandidate,
  type RoutingDecision,
  type RoutingInput,
  type RoutingStrategy,
  type ShippingCosts,
  type StockView,
} from "../../src/lib/routing"
import type { DemoCenter } from "../../src/scripts/demo-data/demo-centers"
import { cloneStock } from "./catalogue"
import type { SyntheticOrder } from "./orders"

export type Router = "medusa_default" | RoutingStrategy

export interface SimulationResult {
  router: Router
  decisions: RoutingDecision[]
  decisionMs: number[]
  /** Per order, what its parcels cost at the benchmark's prices. */
  costs: DecisionCost[]
}

export interface SimulationOptions {
  centers: DemoCenter[]
  openingStock: StockView
  ordersPerDay: number
  maxShipments: number
  costs: ShippingCosts
}

/** Takes shipped units out of the running stock, so later orders see the depletion. */
function consume(stock: StockView, order: SyntheticOrder, decision: RoutingDecision) {
  const lines = new Map(order.lines.map((l) => [l.line_item_id, l]))
  for (const allocation of decision.allocations) {
    const levels = (stock[allocation.stock_location_id] ??= {})
    for (const item of allocation.items) {
      for (const c of lines.get(item.line_item_id)!.components) {
        levels[c.inventory_item_id] = (levels[c.inventory_item_id] ?? 0) - c.required_quantity * item.quantity
      }
    }
  }
}

/**
 * Routes every order in sequence with one router, on its own copy of the stock. Each "day" the
 * centres are restocked to their opening levels and their order capacity resets.
 */
export function simulate(router: Router, orders: SyntheticOrder[], options: SimulationOptions): SimulationResult {
  let stock = cloneStock(options.openingStock)
  const ordersToday = new Map<string, number>()
  const decisions: RoutingDecision[] = []
  const decisionMs: number[] = []
  const costs: DecisionCost[] = []
  orders.forEach((order, n) => {
    if (n > 0 && n % options.ordersPerDay === 0) {
      stock = cloneStock(options.openingStock)
      ordersToday.clear()
    }
    const centers: CenterCandidate[] = options.centers.map((c) => ({
      stock_location_id: c.id,
      name: c.name,
      point: { latitude: c.latitude, longitude: c.longitude },
      priority: c.priority,
      active: true,
      capacity_remaining: c.daily_capacity - (ordersToday.get(c.id) ?? 0),
      link_rank: c.link_rank,
    }))
    const input: RoutingInput = {
      order_id: order.id,
      strategy: router === "medusa_default" ? "closest_full_stock" : router,
      destination: order.destination,
      lines: order.lines,
      centers,
      stock,
      max_shipments: options.maxShipments,
      costs: options.costs,
    }
    const started = process.hrtime.bigint()
    const decision = router === "medusa_default" ? medusaDefaultRouting(input) : decideRouting(input)
    decisionMs.push(Number(process.hrtime.bigint() - started) / 1e6)
    costs.push(costOfDecision(input, decision))
    consume(stock, order, decision)
    for (const allocation of decision.allocations) {
      ordersToday.set(allocation.stock_location_id, (ordersToday.get(allocation.stock_location_id) ?? 0) + 1)
    }
    decisions.push(decision)
  })
  return { router, decisions, decisionMs, costs }
}
