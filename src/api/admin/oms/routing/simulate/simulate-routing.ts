import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../../../../modules/oms"
import type OmsModuleService from "../../../../../modules/oms/service"
import {
  buildCandidates,
  buildDestination,
  buildLines,
  OrderForRouting,
} from "../../../../../lib/routing-input"
import { runStepsInSlices } from "../../../../../lib/cooperative"
import { medusaDefaultRouting } from "../../../../../lib/routing/medusa-default"
import { replayOrdersSteps, ReplayOrder } from "../../../../../lib/simulation"
import { summarizeDecisions } from "../../../../../lib/routing/metrics"
import { CenterCandidate, RoutingDecision, RoutingStrategy, StockView } from "../../../../../lib/routing/types"
import { loadChannelLocations, ORDER_ROUTING_FIELDS } from "../../../../../workflows/steps/load-routing-context"

const SAMPLE_SIZE = 25
const ORDER_PAGE = 250

export async function simulateRouting(
  container: MedusaContainer,
  params: { strategy: RoutingStrategy; limit: number; max_shipments?: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const routing = await oms.routingSettings()
  const maxShipments = params.max_shipments ?? routing.max_shipments

  // Read page by page: one read of 5,000 orders with their lines would hold the server while rows are built.
  const orders: Awaited<ReturnType<typeof query.graph>>["data"] = []
  for (let skip = 0; skip < params.limit; skip += ORDER_PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_ROUTING_FIELDS,
      pagination: { take: Math.min(ORDER_PAGE, params.limit - skip), skip, order: { created_at: "DESC", id: "DESC" } },
    })
    orders.push(...data)
    if (data.length < ORDER_PAGE) break
  }

  const profiles = await oms.listFulfillmentCenters({})
  const centersByChannel = new Map<string, CenterCandidate[]>()
  for (const channelId of new Set(orders.map((o) => o.sales_channel_id ?? ""))) {
    const locations = await loadChannelLocations(query, channelId || null)
    centersByChannel.set(channelId, buildCandidates(locations, profiles as never, {}))
  }

  const replay: ReplayOrder[] = (orders as OrderForRouting[]).map((order) => ({
    order_id: order.id,
    placed_at: new Date(order.created_at ?? Date.now()).toISOString(),
    destination: buildDestination(order),
    lines: buildLines(order),
    centers: centersByChannel.get(order.sales_channel_id ?? "") ?? [],
  }))

  const levels = await knex("inventory_level")
    .select("location_id", "inventory_item_id", "stocked_quantity")
    .whereNull("deleted_at")
  const stock: StockView = {}
  for (const level of levels) {
    ;(stock[level.location_id] ??= {})[level.inventory_item_id] = Number(level.stocked_quantity)
  }

  const settings = { max_shipments: maxShipments, costs: routing.costs }
  // Deciding thousands of orders takes seconds: in slices, so the server answers other requests meanwhile.
  const slices = { sliceMs: 10 }
  const simulated = await runStepsInSlices(replayOrdersSteps(replay, stock, params.strategy, settings), slices)
  const medusaDefault = await runStepsInSlices(replayOrdersSteps(replay, stock, params.strategy, settings, medusaDefaultRouting), slices)

  const omsOrders = orders.length ? await oms.listOmsOrders({ order_id: orders.map((o) => o.id) }) : []
  const currentIds = omsOrders.map((o) => o.current_decision_id).filter(Boolean) as string[]
  const actualDecisions = currentIds.length ? await oms.listRoutingDecisions({ id: currentIds }) : []
  const actualByOrder = new Map(actualDecisions.map((d) => [d.order_id, d as unknown as RoutingDecision]))
  const sortedIds = [...replay].sort((a, b) => a.placed_at.localeCompare(b.placed_at)).map((o) => o.order_id)

  const displayIds = new Map(orders.map((o) => [o.id, o.display_id ?? null] as const))
  const centersOf = (d?: RoutingDecision) => (d?.allocations ?? []).map((a) => a.stock_location_id).sort()
  let changed = 0
  const samples = sortedIds.map((orderId, i) => {
    const actual = actualByOrder.get(orderId)
    const sim = simulated[i]
    const differs = !!actual && centersOf(actual).join() !== centersOf(sim).join()
    if (differs) changed++
    return {
      order_id: orderId,
      display_id: displayIds.get(orderId) ?? null,
      destination: sim.destination.source,
      destination_phrases: sim.destination.source_phrases ?? null,
      actual_centers: actual ? centersOf(actual) : null,
      simulated_centers: centersOf(sim),
      medusa_default_centers: centersOf(medusaDefault[i]),
      changed: differs,
    }
  })

  return {
    strategy: params.strategy,
    max_shipments: maxShipments,
    orders: replay.length,
    stock_model:
      "replay from stock on hand now (stocked quantity, reservations ignored), oldest order first, consuming stock as it goes",
    results: {
      simulated: summarizeDecisions(simulated),
      actual: summarizeDecisions([...actualByOrder.values()]),
      medusa_default: summarizeDecisions(medusaDefault),
    },
    changed_orders: changed,
    samples: samples.slice(-SAMPLE_SIZE).reverse(),
    centers: profiles.map((p) => p.stock_location_id),
  }
}
