import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderDemandStep, type OrderDemandBatchInput } from "./steps/load-order-demand"
import { recordOrderDemandsStep } from "./steps/record-order-demands"

export const backfillOrderDemandWorkflowId = "oms-backfill-order-demand"

/**
 * One batch of orders given the demand facts the map and the placement advice read (orders
 * placed before those facts existed). Idempotent: an order with a demand row is never read again.
 */
export const backfillOrderDemandWorkflow = createWorkflow(backfillOrderDemandWorkflowId, (input: WorkflowData<OrderDemandBatchInput>) => {
  const batch = loadOrderDemandStep(input)
  const written = recordOrderDemandsStep(batch)
  return new WorkflowResponse(transform({ batch, written }, ({ batch, written }) => ({ last_id: batch.last_id, read: batch.read, written })))
})
