import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { RecordOrderStageInput, recordOrderStageStep } from "./steps/record-order-stage"

export const recordOrderStageWorkflowId = "oms-record-order-stage"

/** Records a stage reached outside routing (e.g. canceled), under the order's OMS lock. */
export const recordOrderStageWorkflow = createWorkflow(
  recordOrderStageWorkflowId,
  (input: WorkflowData<RecordOrderStageInput>) => {
    const lockKey = transform({ input }, ({ input }) => `oms:route-order:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const result = recordOrderStageStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
