import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { moveShipmentsStep } from "../steps/move-shipments"
import { assertPackFulfilledStep } from "./steps/pack-session"
import { packLockKeys } from "./types"

export const deliverPackSessionWorkflowId = "oms-deliver-pack-session"

/** Marks a completed session's fulfilment delivered in Medusa, then the shipment "delivered". */
export const deliverPackSessionWorkflow = createWorkflow(
  deliverPackSessionWorkflowId,
  (input: WorkflowData<{ session_id: string; order_id: string; actor?: string }>) => {
    const key = transform({ input }, ({ input }) => packLockKeys(input.order_id))
    acquireLockStep({ key, timeout: 60, ttl: 120 })
    const packed = assertPackFulfilledStep({ session_id: input.session_id, action: "deliver" })
    const deliverInput = transform({ packed }, ({ packed }) => ({ orderId: packed.order_id, fulfillmentId: packed.fulfillment_id }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: deliverInput })
    const delivered = transform({ input, packed }, ({ input, packed }) => ({
      moves: [
        {
          order_id: packed.order_id,
          stock_location_id: packed.stock_location_id,
          action: "deliver" as const,
          strict: true,
          details: { fulfillment_id: packed.fulfillment_id },
        },
      ],
      actor: input.actor,
    }))
    moveShipmentsStep(delivered).config({ name: "oms-record-delivered" })
    releaseLockStep({ key })
    return new WorkflowResponse(packed)
  }
)
