import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { shipFulfillmentWorkflow } from "./ship-fulfillment"
import { assertPackFulfilledStep } from "./steps/pack-session"
import { packLockKeys } from "./types"

export const shipPackSessionWorkflowId = "oms-ship-pack-session"

/** Medusa's shipment (tracking labels) for a completed session's fulfilment, then stage "shipped". */
export const shipPackSessionWorkflow = createWorkflow(
  shipPackSessionWorkflowId,
  (input: WorkflowData<{ session_id: string; order_id: string; tracking_numbers: string[]; actor?: string }>) => {
    const key = transform({ input }, ({ input }) => packLockKeys(input.order_id))
    acquireLockStep({ key, timeout: 60, ttl: 120 })
    const packed = assertPackFulfilledStep({ session_id: input.session_id, action: "ship" })
    const shipment = transform({ input, packed }, ({ input, packed }) => ({
      order_id: packed.order_id,
      stock_location_id: packed.stock_location_id,
      fulfillment_id: packed.fulfillment_id,
      items: packed.items,
      tracking_numbers: input.tracking_numbers,
      actor: input.actor,
    }))
    shipFulfillmentWorkflow.runAsStep({ input: shipment })
    releaseLockStep({ key })
    return new WorkflowResponse(packed)
  }
)
