import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MoveShipmentsInput, moveShipmentsStep } from "./steps/move-shipments"

export const moveShipmentsWorkflowId = "oms-move-shipments"

/**
 * Records what Medusa did to a shipment (a fulfilment shipped, delivered or canceled, an order
 * canceled): subscribers start this. The service's row lock serialises it with every other
 * stage write of the order.
 */
export const moveShipmentsWorkflow = createWorkflow(moveShipmentsWorkflowId, (input: WorkflowData<MoveShipmentsInput>) => {
  return new WorkflowResponse(moveShipmentsStep(input))
})
