import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import type { OrderStage } from "../../lib/order-stage"
import type { AllocationResult } from "./allocate-order"
import type { RouteOrderInput, RoutingContext } from "./load-routing-context"

export interface RecordRoutingDecisionInput {
  input: RouteOrderInput
  context: RoutingContext
  allocation: AllocationResult
}

interface Undo {
  decision_id: string
  allocation_ids: string[]
  event_ids: string[]
  deactivated_allocation_ids: string[]
  oms_order_before: Record<string, unknown> | null
  oms_order_id: string
}

export const recordRoutingDecisionStepId = "oms-record-routing-decision"

/**
 * Stores the decision with its explanation, the allocation rows, the order's new stage and
 * its timeline events. The unique (order_id, sequence) index turns a racing duplicate into an
 * error, which rolls back the reservation moves of that duplicate.
 */
export const recordRoutingDecisionStep = createStep(
  recordRoutingDecisionStepId,
  async ({ input, context, allocation }: RecordRoutingDecisionInput, { container }) => {
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
        reservation_changes: {
          moved_or_resized: plan.updates.length,
          created: plan.creates.length,
          deleted: plan.deletes.length,
        },
      } as never,
      shipment_count: decision.allocations.length,
      backordered_units: backorderedUnits,
      max_distance_km: distances.length ? Math.max(...distances) : null,
      decided_at: now,
      duration_ms,
    })

    const previous = await oms.listOrderAllocations({ order_id: context.order.id, active: true }, { select: ["id"] })
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

    const stage: OrderStage = backorderedUnits > 0 ? "backordered" : "routed"
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
    events.push({
      order_id: context.order.id,
      stage: input.trigger === "reroute" ? "rerouted" : stage,
      at: now,
      actor,
      details: {
        decision_id: saved.id,
        rule: decision.rule,
        centers: decision.allocations.map((a) => a.stock_location_id),
        backordered_units: backorderedUnits,
        ...(input.trigger === "reroute" ? { stage } : {}),
      },
    })
    const createdEvents = await oms.createOrderEvents(events)

    const omsOrder = existing
      ? await oms.updateOmsOrders({
          id: existing.id,
          stage,
          stage_changed_at: now,
          current_decision_id: saved.id,
          decision_count: context.next_sequence,
          backordered_units: backorderedUnits,
        })
      : await oms.createOmsOrders({
          order_id: context.order.id,
          sales_channel_id: context.order.sales_channel_id,
          stage,
          stage_changed_at: now,
          current_decision_id: saved.id,
          decision_count: context.next_sequence,
          backordered_units: backorderedUnits,
        })

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
              stage: existing.stage,
              stage_changed_at: existing.stage_changed_at,
              current_decision_id: existing.current_decision_id,
              decision_count: existing.decision_count,
              backordered_units: existing.backordered_units,
            }
          : null,
      } satisfies Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
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
)
