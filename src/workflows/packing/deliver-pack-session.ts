import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordOrderStageStep } from "../steps/record-order-stage"
import { assertPackFulfilledStep } from "./steps/pack-session"
import { packLockKey, stageLockKey } from "./types"

export const deliverPackSessionWorkflowId = "oms-deliver-pack-session"

/** Marks a completed session's fulfilment delivered in Medusa, then stage "delivered". */
export const deliverPackSessionWorkflow = createWorkflow(
  deliverPackSessionWorkflowId,
  (input: WorkflowData<{ session_id: string; order_id: string; actor?: string }>) => {
    const key = transform({ input }, ({ input }) => [packLockKey(input.order_id), stageLockKey(input.order_id)])
    acquireLockStep({ key, timeout: 60, ttl: 120 })
    const packed = assertPackFulfilledStep({ session_id: input.session_id, action: "deliver" })
    const deliverInput = transform({ packed }, ({ packed }) => ({ orderId: packed.order_id, fulfillmentId: packed.fulfillment_id }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: deliverInput })
    const stage = transform({ input, packed }, ({ input, packed }) => ({
      order_id: packed.order_id,
      stage: "delivered" as const,
      actor: input.actor,
      details: { fulfillment_id: packed.fulfillment_id },
    }))
    recordOrderStageStep(stage).config({ name: "oms-record-delivered" })
    releaseLockStep({ key })
    return new WorkflowResponse(packed)
  }
)
