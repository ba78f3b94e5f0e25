import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type { DecisionUndo } from "../../modules/oms/record-decision"
import type OmsModuleService from "../../modules/oms/service"
import type { AllocationResult } from "./allocate-order"
import type { RerouteScope } from "./check-reroute-shipments"
import type { RouteOrderInput, RoutingContext } from "./load-routing-context"

export interface RecordRoutingDecisionInput {
  input: RouteOrderInput
  context: RoutingContext
  allocation: AllocationResult
  scope: RerouteScope
}

export const recordRoutingDecisionStepId = "oms-record-routing-decision"

/**
 * Stores the decision with its explanation, the allocation rows and the timeline, and moves the
 * order's shipments to match (pinned parts keep theirs), all in one transaction
 * (`OmsModuleService.recordRoutingDecision`). The unique (order_id, sequence) index turns a
 * racing duplicate into an error, which rolls back the reservation moves of that duplicate.
 */
export const recordRoutingDecisionStep = createStep(
  recordRoutingDecisionStepId,
  async ({ input, context, allocation, scope }: RecordRoutingDecisionInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const { decision, duration_ms, plan } = allocation
    const { result, undo } = await oms.recordRoutingDecision({
      order: context.order,
      sequence: context.next_sequence,
      trigger: input.trigger,
      actor: input.actor ?? "system",
      decision,
      duration_ms,
      backorder_location_id: Object.values(plan.backorder_locations)[0] ?? decision.backorder_location_id ?? null,
      reservation_changes: { moved_or_resized: plan.updates.length, created: plan.creates.length, deleted: plan.deletes.length },
      pinned: scope.pinned,
      pinned_shipment_ids: scope.pinned_shipment_ids,
      lines: context.lines,
    })
    return new StepResponse(result, undo)
  },
  async (undo: DecisionUndo | undefined, { container }) => {
    if (!undo) return
    await (container.resolve(OMS_MODULE) as OmsModuleService).undoRoutingDecision(undo)
  }
)
