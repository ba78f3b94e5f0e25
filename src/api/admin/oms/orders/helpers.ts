import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { loadOrderFeedback } from "./load-order-feedback"
import { loadShipmentSlas } from "./load-shipment-slas"

function decisionView(decision: Record<string, any>, locationNames: Map<string, string>) {
  return {
    id: decision.id,
    sequence: decision.sequence,
    trigger: decision.trigger,
    actor: decision.actor,
    strategy: decision.strategy,
    rule: decision.rule,
    decided_at: decision.decided_at,
    duration_ms: decision.duration_ms,
    shipment_count: decision.shipment_count,
    max_distance_km: decision.max_distance_km,
    allocations: (decision.allocations ?? []).map((a: Record<string, any>) => ({
      ...a,
      stock_location_name: locationNames.get(a.stock_location_id) ?? null,
    })),
    backordered: decision.backordered,
    backordered_units: decision.backordered_units,
    backorder_location_id: decision.backorder_location_id,
    explanation: decision.explanation,
  }
}

/** The OMS view of an order: stage, current routing with explanation, history and timeline. */
export async function loadOrderView(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "created_at", "items.*", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  const [[omsOrder], decisions, timeline, shipments] = await Promise.all([
    oms.listOmsOrders({ order_id: orderId }),
    oms.listRoutingDecisions({ order_id: orderId }, { order: { sequence: "DESC" } }),
    oms.listOrderEvents({ order_id: orderId }, { order: { at: "ASC" } }),
    oms.listShipments({ order_id: orderId }, { order: { created_at: "ASC" }, take: null }),
  ])
  const locationIds = [
    ...new Set([
      ...decisions.flatMap((d) => ((d.allocations as unknown as { stock_location_id: string }[]) ?? []).map((a) => a.stock_location_id)),
      ...shipments.map((s) => s.stock_location_id).filter((id): id is string => !!id),
    ]),
  ]
  const placedAt = shipments.find((s) => s.placed_at)?.placed_at ?? null
  const [{ data: locations }, slas, feedback] = await Promise.all([
    locationIds.length
      ? query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } })
      : { data: [] as { id: string; name: string }[] },
    loadShipmentSlas(container, orderId, placedAt ? new Date(placedAt) : null),
    loadOrderFeedback(container, orderId),
  ])
  const names = new Map<string, string>(locations.map((l: { id: string; name: string }) => [l.id, l.name] as const))
  const current = decisions.find((d) => d.id === omsOrder?.current_decision_id) ?? decisions[0]
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    stage: omsOrder?.stage ?? "placed",
    stage_changed_at: omsOrder?.stage_changed_at ?? null,
    items: (order.items ?? []).filter(Boolean).map((i) => ({
      id: i!.id,
      title: i!.title,
      sku: i!.variant_sku,
      quantity: Number(i!.quantity ?? (i as any).detail?.quantity),
    })),
    routing: current ? decisionView(current, names) : null,
    shipments: shipments.map((s) => ({
      id: s.id,
      stock_location_id: s.stock_location_id,
      stock_location_name: s.stock_location_id ? names.get(s.stock_location_id) ?? null : null,
      stage: s.stage,
      stage_changed_at: s.stage_changed_at,
      lines: s.lines,
      wave_id: s.wave_id,
      picked_by: s.picked_by,
      packed_by: s.packed_by,
      carton_codes: s.carton_codes,
      fulfillment_id: s.fulfillment_id,
      tracking_numbers: s.tracking_numbers,
      routed_at: s.routed_at,
      waved_at: s.waved_at,
      picked_at: s.picked_at,
      packed_at: s.packed_at,
      shipped_at: s.shipped_at,
      delivered_at: s.delivered_at,
      // on time, at risk or late against its ship-by deadline; null without one
      sla: slas.get(s.id) ?? null,
    })),
    feedback,
    history: decisions.map((d) => decisionView(d, names)),
    timeline: timeline.map((e) => ({
      stage: e.stage,
      at: e.at,
      actor: e.actor,
      stock_location_id: e.stock_location_id,
      shipment_id: e.shipment_id,
      details: e.details,
    })),
  }
}
