import { createWorkflow, WorkflowData, WorkflowResponse, transform } from "@medusajs/framework/workflows-sdk"
import { loadOrderHistoryStep, type OrderHistoryBatchInput } from "./steps/load-order-history"
import { recordOrderHistoryStep } from "./steps/record-order-history"

export const backfillOrderHistoryWorkflowId = "oms-backfill-order-history"

/**
 * One batch of a store's history: Medusa orders placed before the OMS held anything for them
 * become OMS orders and shipments with the dashboard's facts, as far as Medusa can tell (see
 * lib/history planOrderHistory). Returns the cursor for the next batch (null at the end).
 * Idempotent: an order with OMS rows is never read again.
 */
export const backfillOrderHistoryWorkflow = createWorkflow(backfillOrderHistoryWorkflowId, (input: WorkflowData<OrderHistoryBatchInput>) => {
  const plan = loadOrderHistoryStep(input)
  const written = recordOrderHistoryStep(plan)
  return new WorkflowResponse(
    transform({ plan, written }, ({ plan, written }) => ({ last_id: plan.last_id, read: plan.orders.length, orders: written.orders, shipments: written.shipments }))
  )
})
