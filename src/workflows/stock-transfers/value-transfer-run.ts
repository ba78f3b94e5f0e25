import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { valueTransferRunStep } from "./steps/value-transfer-run"

export const valueTransferRunWorkflowId = "oms-value-transfer-run"

/**
 * Values a run's transfer suggestions by replay (up to a minute on a large history). Started
 * without waiting by POST /admin/oms/transfers/runs; every process reads its progress from the
 * run row, so it does not matter which process serves the polling.
 */
export const valueTransferRunWorkflow = createWorkflow(valueTransferRunWorkflowId, (input: { run_id: string; limit: number }) => {
  return new WorkflowResponse(valueTransferRunStep(input))
})
