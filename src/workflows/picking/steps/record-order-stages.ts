import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderStage } from "../../../lib/order-stage"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"

export interface RecordOrderStagesInput {
  order_ids: string[]
  stage: OrderStage
  actor?: string | null
  details?: Record<string, unknown> | null
}

type Undo = { event_id: string; oms_order_id: string; before: { stage: string; stage_changed_at: Date | null } | null }[]

export const recordOrderStagesStepId = "oms-record-order-stages"

/**
 * `recordOrderStageStep` for several orders (a wave): moves each to the stage and appends its
 * timeline event; orders already in that stage are left alone. Compensation restores them.
 */
export const recordOrderStagesStep = createStep(
  recordOrderStagesStepId,
  async (input: RecordOrderStagesInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const undo: Undo = []
    const at = new Date()
    for (const orderId of input.order_ids) {
      const [existing] = await oms.listOmsOrders({ order_id: orderId })
      if (existing?.stage === input.stage) continue
      const order = existing
        ? await oms.updateOmsOrders({ id: existing.id, stage: input.stage, stage_changed_at: at })
        : await oms.createOmsOrders({ order_id: orderId, stage: input.stage, stage_changed_at: at })
      const event = await oms.createOrderEvents({
        order_id: orderId,
        stage: input.stage,
        at,
        actor: input.actor ?? "system",
        details: input.details ?? null,
      })
      undo.push({
        event_id: event.id,
        oms_order_id: order.id,
        before: existing ? { stage: existing.stage, stage_changed_at: existing.stage_changed_at as Date | null } : null,
      })
    }
    return new StepResponse({ changed: undo.length }, undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    for (const u of undo.reverse()) {
      await oms.deleteOrderEvents(u.event_id)
      if (u.before) await oms.updateOmsOrders({ id: u.oms_order_id, ...u.before } as never)
      else await oms.deleteOmsOrders(u.oms_order_id)
    }
  }
)
