import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import type { OrderStage } from "../../lib/order-stage"

export interface RecordOrderStageInput {
  order_id: string
  stage: OrderStage
  actor?: string
  details?: Record<string, unknown>
  /** When the stage was reached; defaults to now. */
  at?: Date | string
}

export const recordOrderStageStepId = "oms-record-order-stage"

/**
 * Moves an order to a stage and appends the timeline event. Idempotent: an order already in
 * that stage is left alone, so a redelivered event records nothing twice.
 */
export const recordOrderStageStep = createStep(
  recordOrderStageStepId,
  async (input: RecordOrderStageInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const at = input.at ? new Date(input.at) : new Date()
    const [existing] = await oms.listOmsOrders({ order_id: input.order_id })
    if (existing?.stage === input.stage) {
      return new StepResponse({ changed: false, stage: input.stage }, null)
    }
    const order = existing
      ? await oms.updateOmsOrders({ id: existing.id, stage: input.stage, stage_changed_at: at })
      : await oms.createOmsOrders({ order_id: input.order_id, stage: input.stage, stage_changed_at: at })
    const event = await oms.createOrderEvents({
      order_id: input.order_id,
      stage: input.stage,
      at,
      actor: input.actor ?? "system",
      details: input.details ?? null,
    })
    return new StepResponse(
      { changed: true, stage: input.stage },
      {
        event_id: event.id,
        oms_order_id: order.id,
        before: existing ? { stage: existing.stage, stage_changed_at: existing.stage_changed_at } : null,
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    await oms.deleteOrderEvents(undo.event_id)
    if (undo.before) {
      await oms.updateOmsOrders({ id: undo.oms_order_id, ...undo.before } as never)
    } else {
      await oms.deleteOmsOrders(undo.oms_order_id)
    }
  }
)
