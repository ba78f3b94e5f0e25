import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"

export interface StockWrittenOffEventInput {
  order_id: string
  /** What the merchant reads on the timeline: why this order is routed again. */
  reason: string
  details: Record<string, unknown>
  actor?: string | null
}

export const recordStockWrittenOffEventStepId = "oms-record-stock-written-off-event"

/**
 * The timeline entry saying why an order is routed again after stock it counted on was written
 * off (the routing that follows adds its own entry with the outcome). Undo: the entry goes.
 */
export const recordStockWrittenOffEventStep = createStep(
  recordStockWrittenOffEventStepId,
  async (input: StockWrittenOffEventInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const event = await oms.createOrderEvents({
      order_id: input.order_id,
      stage: "rerouted",
      at: new Date(),
      actor: input.actor ?? "system",
      details: { reason: input.reason, cause: "stock_written_off", ...input.details },
    })
    return new StepResponse({ event_id: event.id }, event.id)
  },
  async (eventId, { container }) => {
    if (!eventId) return
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    await oms.deleteOrderEvents(eventId)
  }
)
