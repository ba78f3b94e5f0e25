/**
 * Replays past orders through a routing strategy without touching anything, to compare it with
 * what happened and with Medusa's default. Pure.
 *
 * Stock model: each replay starts from the stock on hand now (stocked quantity per centre,
 * reservations ignored) and consumes it order by order, oldest first, so later orders feel the
 * depletion earlier ones cause. Capacity is counted per calendar day (UTC) of the order.
 */
import { runSteps, type Steps } from "../cooperative"
import { decideRouting } from "../routing/decide-routing"
import { medusaDefaultRouting } from "../routing/medusa-default"
import {
  CenterCandidate,
  Destination,
  LineDemand,
  RoutingDecision,
  RoutingStrategy,
  ShippingCosts,
  StockView,
} from "../routing/types"

export interface ReplayOrder {
  order_id: string
  placed_at: string
  destination: Destination
  lines: LineDemand[]
  /** Candidates for the order's sales channel, capacity_remaining = full daily capacity. */
  centers: CenterCandidate[]
}

export type Router = (input: Parameters<typeof decideRouting>[0]) => RoutingDecision

/** The store's routing settings the replay decides with. */
export interface ReplaySettings {
  max_shipments: number
  /** The cost strategy's prices (the store's options); absent = the defaults. */
  costs?: ShippingCosts | null
}

export function replayOrders(
  orders: ReplayOrder[],
  initialStock: StockView,
  strategy: RoutingStrategy,
  settings: ReplaySettings,
  route: Router = decideRouting
): RoutingDecision[] {
  return runSteps(replayOrdersSteps(orders, initialStock, strategy, settings, route))
}

/** `replayOrders` as pausable steps, one order a step (thousands of orders take seconds to decide). */
export function* replayOrdersSteps(
  orders: ReplayOrder[],
  initialStock: StockView,
  strategy: RoutingStrategy,
  settings: ReplaySettings,
  route: Router = decideRouting
): Steps<RoutingDecision[]> {
  const stock: StockView = {}
  for (const [location, items] of Object.entries(initialStock)) {
    stock[location] = { ...items }
  }
  const ordersPerDay = new Map<string, number>()
  const sorted = [...orders].sort((a, b) => a.placed_at.localeCompare(b.placed_at))

  const decisions: RoutingDecision[] = []
  for (const order of sorted) {
    yield
    const day = order.placed_at.slice(0, 10)
    const centers = order.centers.map((c) => ({
      ...c,
      capacity_remaining:
        c.capacity_remaining == null
          ? null
          : c.capacity_remaining - (ordersPerDay.get(`${c.stock_location_id}|${day}`) ?? 0),
    }))
    const decision = route({
      order_id: order.order_id,
      strategy,
      destination: order.destination,
      lines: order.lines,
      centers,
      stock,
      max_shipments: settings.max_shipments,
      costs: settings.costs ?? null,
    })
    consume(stock, order.lines, decision)
    for (const allocation of decision.allocations) {
      const key = `${allocation.stock_location_id}|${day}`
      ordersPerDay.set(key, (ordersPerDay.get(key) ?? 0) + 1)
    }
    decisions.push(decision)
  }
  return decisions
}

export const replayWithMedusaDefault = (
  orders: ReplayOrder[],
  initialStock: StockView,
  strategy: RoutingStrategy,
  settings: ReplaySettings
) => replayOrders(orders, initialStock, strategy, settings, medusaDefaultRouting)

function consume(stock: StockView, lines: LineDemand[], decision: RoutingDecision) {
  const linesById = new Map(lines.map((l) => [l.line_item_id, l]))
  for (const allocation of decision.allocations) {
    const atLocation = (stock[allocation.stock_location_id] ??= {})
    for (const item of allocation.items) {
      for (const component of linesById.get(item.line_item_id)?.components ?? []) {
        atLocation[component.inventory_item_id] =
          (atLocation[component.inventory_item_id] ?? 0) - item.quantity * component.required_quantity
      }
    }
  }
}
