import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import {
  buildCandidates,
  buildDestination,
  buildLines,
  OrderForRouting,
  slaDaysOf,
} from "../../lib/routing-input"
import { startOfLocalDay } from "../../lib/time/local-day"
import { shipmentsMatchLines } from "../../lib/journey"
import { CenterCandidate, Destination, LineDemand, RoutingStrategy, ShippingCosts } from "../../lib/routing/types"

/** What started the routing: the order placed, an admin's (or a short pick's) re-route, an order edit confirmed. */
export type RoutingTrigger = "order.placed" | "reroute" | "order_edit"

export interface RouteOrderInput {
  order_id: string
  trigger: RoutingTrigger
  /** Admin user id for re-routes, "system" for events. */
  actor?: string
  /** Re-route to this centre only. */
  target_location_id?: string | null
  /** Override the configured strategy (re-route). */
  strategy?: RoutingStrategy
  /** Re-route: take parts that sit in a pick wave out of it first (otherwise refused). */
  release_from_wave?: boolean
  /** Re-route only the parts at these centres (and the back-ordered part); others stay. */
  only_location_ids?: string[] | null
}

export interface RoutingContext {
  skip: boolean
  existing_decision_id: string | null
  next_sequence: number
  order: {
    id: string
    display_id: number | null
    sales_channel_id: string | null
    region_id: string | null
    shipping_option_id: string | null
    created_at: string | null
  }
  lines: LineDemand[]
  line_item_ids: string[]
  inventory_item_ids: string[]
  destination: Destination
  centers: CenterCandidate[]
  strategy: RoutingStrategy
  max_shipments: number
  costs: ShippingCosts
  /** Days the order's shipping option promises until dispatch (metadata oms_sla_days); null = none. */
  sla_days: number | null
}

export const ORDER_ROUTING_FIELDS = [
  "id",
  "display_id",
  "status",
  "canceled_at",
  "created_at",
  "sales_channel_id",
  "region_id",
  "shipping_methods.shipping_option_id",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.metadata",
  "items.id",
  "items.*",
  "items.detail.quantity",
  "items.variant_id",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.weight",
  "shipping_methods.shipping_option.metadata",
]

/** Stock locations linked to a sales channel, in link order (Medusa's default preference). */
export async function loadChannelLocations(
  query: { graph: Function },
  salesChannelId: string | null
): Promise<{ id: string; name: string }[]> {
  if (!salesChannelId) {
    return []
  }
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id", "stock_locations.name"],
    filters: { id: salesChannelId },
  })
  return (data[0]?.stock_locations ?? []).filter(Boolean)
}

export async function loadCandidates(
  container: { resolve: Function },
  salesChannelId: string | null,
  excludeOrderId: string | null
): Promise<CenterCandidate[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const locations = await loadChannelLocations(query, salesChannelId)
  if (!locations.length) {
    return []
  }
  const profiles = await oms.listFulfillmentCenters({ stock_location_id: locations.map((l) => l.id) })
  const now = new Date()
  const windows = profiles
    .filter((p) => p.daily_order_capacity != null)
    .map((p) => ({ stock_location_id: p.stock_location_id, since: startOfLocalDay(now, p.time_zone) }))
  const ordersToday = await oms.countOrdersRoutedSince(windows, excludeOrderId)
  return buildCandidates(locations, profiles as never, ordersToday)
}

export const loadRoutingContextStepId = "oms-load-routing-context"

/** Reads everything routing needs except stock (stock is read under the inventory lock). */
export const loadRoutingContextStep = createStep(
  loadRoutingContextStepId,
  async (input: RouteOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const oms: OmsModuleService = container.resolve(OMS_MODULE)

    const decisions = await oms.listRoutingDecisions(
      { order_id: input.order_id },
      { select: ["id", "sequence"], order: { sequence: "DESC" }, take: 1 }
    )
    const latest = decisions[0]
    const options = oms.getOptions()
    /** Nothing to route: the workflow records nothing and moves no reservation. */
    const skipped = (base: Omit<RoutingContext, "skip" | "lines" | "line_item_ids" | "inventory_item_ids" | "destination" | "centers">, why: string) =>
      new StepResponse<RoutingContext>({ ...base, skip: true, lines: [], line_item_ids: [], inventory_item_ids: [], destination: { point: null, source: why }, centers: [] })

    // order.placed can arrive more than once: the first delivery decides, later ones are no-ops
    // (before the order is read, so a redelivered event costs one small query)
    if (input.trigger === "order.placed" && latest) {
      return skipped(
        {
          existing_decision_id: latest.id,
          next_sequence: latest.sequence + 1,
          order: { id: input.order_id, display_id: null, sales_channel_id: null, region_id: null, shipping_option_id: null, created_at: null },
          strategy: input.strategy ?? options.strategy,
          max_shipments: options.maxShipments,
          costs: options.shippingCosts,
          sla_days: null,
        },
        "already routed"
      )
    }

    // the merchant's saved settings over the plugin options (read once the order needs routing)
    const [{ data: orders }, settings] = await Promise.all([
      query.graph({
        entity: "order",
        fields: [...ORDER_ROUTING_FIELDS, "fulfillments.id", "fulfillments.canceled_at"],
        filters: { id: input.order_id },
      }),
      oms.routingSettings(),
    ])
    const order = orders[0] as (OrderForRouting & { status?: string; canceled_at?: unknown; fulfillments?: { canceled_at?: unknown }[] }) | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const base = {
      existing_decision_id: latest?.id ?? null,
      next_sequence: (latest?.sequence ?? 0) + 1,
      order: {
        id: order.id,
        display_id: order.display_id ?? null,
        sales_channel_id: order.sales_channel_id ?? null,
        region_id: order.region_id ?? null,
        shipping_option_id: (order.shipping_methods ?? []).find((m) => m?.shipping_option_id)?.shipping_option_id ?? null,
        created_at: order.created_at ? new Date(order.created_at).toISOString() : null,
      },
      strategy: input.strategy ?? settings.strategy,
      max_shipments: settings.max_shipments,
      costs: settings.costs,
      sla_days: slaDaysOf(order),
    }

    if (input.trigger === "reroute" || input.trigger === "order_edit") {
      assertReroutable(order)
    }

    const lines = buildLines(order)
    // an edit routes the order again only when its lines no longer match its shipments (a
    // redelivered order-edit.confirmed, or an edit of the address alone, changes nothing)
    if (input.trigger === "order_edit" && latest && shipmentsMatchLines(await oms.listShipments({ order_id: order.id }, { select: ["stage", "lines"], take: null }), lines)) {
      return skipped(base, "order edit changed no line")
    }
    const centers = await loadCandidates(container, order.sales_channel_id ?? null, order.id)
    if (input.target_location_id && !centers.some((c) => c.stock_location_id === input.target_location_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `stock_location_id ${input.target_location_id} is not a stock location of this order's sales channel`
      )
    }
    const inventoryItemIds = [...new Set(lines.flatMap((l) => l.components.map((c) => c.inventory_item_id)))]
    return new StepResponse<RoutingContext>({
      ...base,
      skip: false,
      lines,
      line_item_ids: lines.map((l) => l.line_item_id),
      inventory_item_ids: inventoryItemIds,
      destination: buildDestination(order),
      centers,
    })
  }
)

function assertReroutable(order: { status?: string; canceled_at?: unknown; fulfillments?: { canceled_at?: unknown }[] }) {
  if (order.status === "canceled" || order.canceled_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Order is canceled; there is nothing to re-route")
  }
  // parts Medusa already fulfilled are left where they are (checkRerouteShipmentsStep)
}
