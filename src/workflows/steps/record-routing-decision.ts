import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { isLive, planShipments, type ShipmentChange } from "../../lib/journey"
import type { ShipmentCreate, ShipmentMove, ShipmentUndo } from "../../modules/oms/shipment-moves"
import type { AllocationResult } from "./allocate-order"
import type { RerouteScope } from "./check-reroute-shipments"
import type { RouteOrderInput, RoutingContext } from "./load-routing-context"

export interface RecordRoutingDecisionInput {
  input: RouteOrderInput
  context: RoutingContext
  allocation: AllocationResult
  scope: RerouteScope
}

interface Undo {
  decision_id: string
  allocation_ids: string[]
  event_ids: string[]
  deactivated_allocation_ids: string[]
  oms_order_before: Record<string, unknown> | null
  oms_order_id: string
  shipments: ShipmentUndo | null
}

export const recordRoutingDecisionStepId = "oms-record-routing-decision"

/**
 * Stores the decision with its explanation, the allocation rows and the timeline events, then
 * moves the order's shipments to match (`planShipments`; the stage machine checks each move and
 * the order's stage is derived from them). Pinned parts keep their allocations and shipments.
 * The unique (order_id, sequence) index turns a racing duplicate into an error, which rolls back
 * the reservation moves of that duplicate.
 */
export const recordRoutingDecisionStep = createStep(
  recordRoutingDecisionStepId,
  async ({ input, context, allocation, scope }: RecordRoutingDecisionInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const { decision, duration_ms, plan } = allocation
    const now = new Date()
    const actor = input.actor ?? "system"
    const backorderedUnits = decision.backordered.reduce((s, b) => s + b.quantity, 0)
    const distances = decision.allocations.map((a) => a.distance_km).filter((d): d is number => d != null)
    const backorderLocation = Object.values(plan.backorder_locations)[0] ?? decision.backorder_location_id

    const saved = await oms.createRoutingDecisions({
      order_id: context.order.id,
      sequence: context.next_sequence,
      trigger: input.trigger,
      actor,
      strategy: decision.strategy,
      rule: decision.rule,
      allocations: decision.allocations as never,
      backordered: decision.backordered as never,
      backorder_location_id: backorderLocation ?? null,
      explanation: {
        destination: decision.destination,
        candidates: decision.candidates,
        fell_back_to_priority: decision.fell_back_to_priority,
        kept_parts: scope.pinned.map((p) => ({ stock_location_id: p.stock_location_id, lines: p.lines })),
        reservation_changes: {
          moved_or_resized: plan.updates.length,
          created: plan.creates.length,
          deleted: plan.deletes.length,
        },
      } as never,
      shipment_count: decision.allocations.length + scope.pinned.length,
      backordered_units: backorderedUnits,
      max_distance_km: distances.length ? Math.max(...distances) : null,
      decided_at: now,
      duration_ms,
    })

    const pinnedAt = new Set(scope.pinned.map((p) => p.stock_location_id))
    const previous = (
      await oms.listOrderAllocations({ order_id: context.order.id, active: true }, { select: ["id", "stock_location_id"] })
    ).filter((p) => !pinnedAt.has(p.stock_location_id))
    if (previous.length) {
      await oms.updateOrderAllocations(previous.map((p) => ({ id: p.id, active: false })))
    }
    const rows = decision.allocations.flatMap((a) =>
      a.items.map((item) => ({
        order_id: context.order.id,
        decision_id: saved.id,
        stock_location_id: a.stock_location_id,
        line_item_id: item.line_item_id,
        quantity: item.quantity,
        distance_km: a.distance_km,
      }))
    )
    const created = rows.length ? await oms.createOrderAllocations(rows) : []

    const routedStage = backorderedUnits > 0 ? "backordered" : "routed"
    const [existing] = await oms.listOmsOrders({ order_id: context.order.id })
    // The stage is written last: readers that see the new stage also see the timeline.
    const events: { order_id: string; stage: string; at: Date; actor: string; details: Record<string, unknown> }[] = []
    if (!existing) {
      events.push({
        order_id: context.order.id,
        stage: "placed",
        at: context.order.created_at ? new Date(context.order.created_at) : now,
        actor: "customer",
        details: { sales_channel_id: context.order.sales_channel_id },
      })
    }
    // each shipment's own timeline entry (routed, back-ordered, re-routed) carries the decision
    const decisionDetails = {
      decision_id: saved.id,
      trigger: input.trigger,
      rule: decision.rule,
      centers: decision.allocations.map((a) => a.stock_location_id),
      backordered_units: backorderedUnits,
    }
    const createdEvents = events.length ? await oms.createOrderEvents(events) : []

    const omsOrder = existing
      ? await oms.updateOmsOrders({
          id: existing.id,
          current_decision_id: saved.id,
          decision_count: context.next_sequence,
          backordered_units: backorderedUnits,
        })
      : await oms.createOmsOrders({
          order_id: context.order.id,
          sales_channel_id: context.order.sales_channel_id,
          stage: "placed",
          stage_changed_at: now,
          current_decision_id: saved.id,
          decision_count: context.next_sequence,
          backordered_units: backorderedUnits,
        })

    // the stage is written last, derived from the shipments: readers that see it also see the timeline
    let shipments: ShipmentUndo | null = null
    let stage = routedStage as string
    try {
      const live = (await oms.listShipments({ order_id: context.order.id }, { take: null })).filter((s) => isLive(s.stage))
      const changes = planShipments(
        live.map((s) => ({ id: s.id, stock_location_id: s.stock_location_id, lines: s.lines ?? [] })),
        decision.allocations.map((a) => ({ stock_location_id: a.stock_location_id, items: a.items })),
        decision.backordered,
        new Set(scope.pinned_shipment_ids)
      )
      const moved = await oms.moveShipments({ ...toShipmentMoves(context.order.id, saved.id, decisionDetails, changes), actor })
      shipments = moved.undo
      stage = moved.result.order_stages[context.order.id] ?? stage
    } catch (error) {
      await undoRecord(oms, {
        decision_id: saved.id,
        allocation_ids: created.map((c) => c.id),
        event_ids: createdEvents.map((e) => e.id),
        deactivated_allocation_ids: previous.map((p) => p.id),
        oms_order_id: omsOrder.id,
        oms_order_before: existing ? { current_decision_id: existing.current_decision_id, decision_count: existing.decision_count, backordered_units: existing.backordered_units } : null,
        shipments: null,
      })
      throw error
    }

    return new StepResponse(
      { decision_id: saved.id, stage, oms_order_id: omsOrder.id },
      {
        decision_id: saved.id,
        allocation_ids: created.map((c) => c.id),
        event_ids: createdEvents.map((e) => e.id),
        deactivated_allocation_ids: previous.map((p) => p.id),
        oms_order_id: omsOrder.id,
        oms_order_before: existing
          ? {
              current_decision_id: existing.current_decision_id,
              decision_count: existing.decision_count,
              backordered_units: existing.backordered_units,
            }
          : null,
        shipments,
      } satisfies Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoRecord(container.resolve(OMS_MODULE), undo)
  }
)

async function undoRecord(oms: OmsModuleService, undo: Undo) {
  if (undo.shipments) await oms.undoShipmentMoves(undo.shipments)
  await oms.deleteOrderEvents(undo.event_ids)
  await oms.deleteOrderAllocations(undo.allocation_ids)
  if (undo.deactivated_allocation_ids.length) {
    await oms.updateOrderAllocations(undo.deactivated_allocation_ids.map((id) => ({ id, active: true })))
  }
  if (undo.oms_order_before) {
    await oms.updateOmsOrders({ id: undo.oms_order_id, ...undo.oms_order_before } as never)
  } else {
    await oms.deleteOmsOrders(undo.oms_order_id)
  }
  await oms.deleteRoutingDecisions(undo.decision_id)
}

/** Shipment moves for a routing decision: the changes planned, each checked by the stage machine. */
function toShipmentMoves(orderId: string, decisionId: string, details: Record<string, unknown>, changes: ShipmentChange[]) {
  const moves: ShipmentMove[] = []
  const creates: ShipmentCreate[] = []
  for (const c of changes) {
    if (c.kind === "create") {
      creates.push({ order_id: orderId, stock_location_id: c.stock_location_id, backordered: c.backordered, patch: { lines: c.lines, decision_id: decisionId }, details })
    } else if (c.kind === "route") {
      moves.push({ order_id: orderId, shipment_id: c.shipment_id, action: "route", backordered: c.backordered, strict: true, patch: { lines: c.lines, decision_id: decisionId }, details })
    } else {
      moves.push({ order_id: orderId, shipment_id: c.shipment_id, action: "reroute_away", strict: true, details })
    }
  }
  return { moves, creates }
}
