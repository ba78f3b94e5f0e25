import type { Context } from "@medusajs/framework/types"
import { isLive, planShipments, type PinnedPart, type ShipmentChange } from "../../lib/journey"
import type { LineDemand, RoutingDecision } from "../../lib/routing/types"
import { orderDemandFacts } from "../../lib/stock/order-demand"
import { OrderDemandUndo, recordOrderDemand, undoOrderDemand } from "./record-order-demand"
import type OmsModuleService from "./service"
import type { ShipmentCreate, ShipmentMove, ShipmentPatch, ShipmentUndo } from "./shipment-moves"

/** Everything one routing decision writes, as the routing workflow hands it over. */
export interface DecisionRecord {
  order: {
    id: string
    sales_channel_id: string | null
    region_id?: string | null
    shipping_option_id?: string | null
    created_at: string | null
  }
  sequence: number
  trigger: string
  actor: string
  decision: RoutingDecision
  duration_ms: number
  backorder_location_id: string | null
  reservation_changes: { moved_or_resized: number; created: number; deleted: number }
  /** Parts the re-route left where they are. */
  pinned: PinnedPart[]
  pinned_shipment_ids: string[]
  /** The order's lines as routed: kept as its demand facts (absent: the demand row is left alone). */
  lines?: LineDemand[]
}

export interface DecisionUndo {
  decision_id: string
  allocation_ids: string[]
  event_ids: string[]
  deactivated_allocation_ids: string[]
  oms_order_before: Record<string, unknown> | null
  oms_order_id: string
  shipments: ShipmentUndo | null
  demand?: OrderDemandUndo | null
}

/**
 * Writes a decision with its explanation, the allocation rows, the "placed" entry of a new order,
 * the OMS order and the shipments that match the decision (`planShipments`, every move checked
 * by the stage machine, the order's stage derived). Called inside one transaction by
 * `OmsModuleService.recordRoutingDecision`: a process killed halfway leaves nothing behind, so a
 * redelivered order.placed routes the order again instead of finding half a decision.
 */
export async function recordDecision(svc: OmsModuleService, r: DecisionRecord, ctx: Context) {
  const { decision } = r
  const now = new Date()
  const orderId = r.order.id
  const backorderedUnits = decision.backordered.reduce((s, b) => s + b.quantity, 0)
  const distances = decision.allocations.map((a) => a.distance_km).filter((d): d is number => d != null)

  const saved = await svc.createRoutingDecisions(
    {
      order_id: orderId,
      sequence: r.sequence,
      trigger: r.trigger,
      actor: r.actor,
      strategy: decision.strategy,
      rule: decision.rule,
      allocations: decision.allocations as never,
      backordered: decision.backordered as never,
      backorder_location_id: r.backorder_location_id,
      explanation: {
        // the rule in phrases the admin shows in the merchant's language (`rule` stays English)
        rule_phrases: decision.rule_phrases,
        destination: decision.destination,
        candidates: decision.candidates,
        fell_back_to_priority: decision.fell_back_to_priority,
        kept_parts: r.pinned.map((p) => ({ stock_location_id: p.stock_location_id, lines: p.lines })),
        reservation_changes: r.reservation_changes,
      } as never,
      shipment_count: decision.allocations.length + r.pinned.length,
      backordered_units: backorderedUnits,
      max_distance_km: distances.length ? Math.max(...distances) : null,
      decided_at: now,
      duration_ms: r.duration_ms,
    },
    ctx
  )

  const pinnedAt = new Set(r.pinned.map((p) => p.stock_location_id))
  const previous = (
    await svc.listOrderAllocations({ order_id: orderId, active: true }, { select: ["id", "stock_location_id"] }, ctx)
  ).filter((p) => !pinnedAt.has(p.stock_location_id))
  if (previous.length) {
    await svc.updateOrderAllocations(previous.map((p) => ({ id: p.id, active: false })), ctx)
  }
  const rows = decision.allocations.flatMap((a) =>
    a.items.map((item) => ({
      order_id: orderId,
      decision_id: saved.id,
      stock_location_id: a.stock_location_id,
      line_item_id: item.line_item_id,
      quantity: item.quantity,
      distance_km: a.distance_km,
    }))
  )
  const created = rows.length ? await svc.createOrderAllocations(rows, ctx) : []

  const [existing] = await svc.listOmsOrders({ order_id: orderId }, {}, ctx)
  const placedEvents = existing
    ? []
    : await svc.createOrderEvents(
        [
          {
            order_id: orderId,
            stage: "placed",
            at: r.order.created_at ? new Date(r.order.created_at) : now,
            actor: "customer",
            details: { sales_channel_id: r.order.sales_channel_id },
          },
        ],
        ctx
      )

  const omsOrder = existing
    ? await svc.updateOmsOrders(
        { id: existing.id, current_decision_id: saved.id, decision_count: r.sequence, backordered_units: backorderedUnits },
        ctx
      )
    : await svc.createOmsOrders(
        {
          order_id: orderId,
          sales_channel_id: r.order.sales_channel_id,
          stage: "placed",
          stage_changed_at: now,
          current_decision_id: saved.id,
          decision_count: r.sequence,
          backordered_units: backorderedUnits,
        },
        ctx
      )

  // each shipment's own timeline entry (routed, back-ordered, re-routed) carries the decision
  const details = {
    decision_id: saved.id,
    trigger: r.trigger,
    rule: decision.rule,
    rule_phrases: decision.rule_phrases,
    centers: decision.allocations.map((a) => a.stock_location_id),
    backordered_units: backorderedUnits,
  }
  const live = (await svc.listShipments({ order_id: orderId }, { take: null }, ctx)).filter((s) => isLive(s.stage))
  const changes = planShipments(
    live.map((s) => ({ id: s.id, stock_location_id: s.stock_location_id, lines: s.lines ?? [] })),
    decision.allocations.map((a) => ({ stock_location_id: a.stock_location_id, items: a.items })),
    decision.backordered,
    new Set(r.pinned_shipment_ids)
  )
  const facts: ShipmentPatch = {
    placed_at: r.order.created_at ? new Date(r.order.created_at) : null,
    sales_channel_id: r.order.sales_channel_id ?? null,
    region_id: r.order.region_id ?? null,
    shipping_option_id: r.order.shipping_option_id ?? null,
  }
  const moved = await svc.moveShipments({ ...toShipmentMoves(orderId, { ...facts, decision_id: saved.id }, details, changes), actor: r.actor, at: now }, ctx)

  const demand = r.lines
    ? await recordOrderDemand(
        svc,
        {
          order_id: orderId,
          placed_at: r.order.created_at ? new Date(r.order.created_at) : now,
          sales_channel_id: r.order.sales_channel_id ?? null,
          // parts kept where they were (a partial re-route) keep their distance in the farthest-parcel figure
          ...orderDemandFacts(r.lines, decision.destination, [...distances, ...(r.pinned.length ? [await previousDistance(svc, orderId, ctx)] : [])]),
          lines: r.lines,
        },
        ctx
      )
    : null

  const undo: DecisionUndo = {
    demand,
    decision_id: saved.id,
    allocation_ids: created.map((c) => c.id),
    event_ids: placedEvents.map((e) => e.id),
    deactivated_allocation_ids: previous.map((p) => p.id),
    oms_order_id: omsOrder.id,
    oms_order_before: existing
      ? { current_decision_id: existing.current_decision_id, decision_count: existing.decision_count, backordered_units: existing.backordered_units }
      : null,
    shipments: moved.undo,
  }
  const stage = moved.result.order_stages[orderId] ?? (backorderedUnits > 0 ? "backordered" : "routed")
  return { result: { decision_id: saved.id, stage, oms_order_id: omsOrder.id }, undo }
}

/** Reverts `recordDecision` exactly (the routing step's compensation). */
export async function undoDecision(svc: OmsModuleService, undo: DecisionUndo, ctx: Context) {
  if (undo.demand) await undoOrderDemand(svc, undo.demand, ctx)
  if (undo.shipments) await svc.undoShipmentMoves(undo.shipments, ctx)
  if (undo.event_ids.length) await svc.deleteOrderEvents(undo.event_ids, ctx)
  if (undo.allocation_ids.length) await svc.deleteOrderAllocations(undo.allocation_ids, ctx)
  if (undo.deactivated_allocation_ids.length) {
    await svc.updateOrderAllocations(undo.deactivated_allocation_ids.map((id) => ({ id, active: true })), ctx)
  }
  if (undo.oms_order_before) {
    await svc.updateOmsOrders({ id: undo.oms_order_id, ...undo.oms_order_before } as never, ctx)
  } else {
    await svc.deleteOmsOrders(undo.oms_order_id, ctx)
  }
  await svc.deleteRoutingDecisions(undo.decision_id, ctx)
}

/** Shipment moves for a routing decision: the changes planned, each checked by the stage machine. */
function toShipmentMoves(orderId: string, facts: ShipmentPatch, details: Record<string, unknown>, changes: ShipmentChange[]) {
  const moves: ShipmentMove[] = []
  const creates: ShipmentCreate[] = []
  for (const c of changes) {
    if (c.kind === "create") {
      creates.push({ order_id: orderId, stock_location_id: c.stock_location_id, backordered: c.backordered, patch: { ...facts, lines: c.lines }, details })
    } else if (c.kind === "route") {
      moves.push({ order_id: orderId, shipment_id: c.shipment_id, action: "route", backordered: c.backordered, strict: true, patch: { ...facts, lines: c.lines }, details })
    } else {
      moves.push({ order_id: orderId, shipment_id: c.shipment_id, action: "reroute_away", strict: true, details })
    }
  }
  return { moves, creates }
}

async function previousDistance(svc: OmsModuleService, orderId: string, ctx: Context): Promise<number | null> {
  const [row] = await svc.listOrderDemands({ order_id: orderId }, { select: ["distance_km"], take: 1 }, ctx)
  return row?.distance_km ?? null
}
