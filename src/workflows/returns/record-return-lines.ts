import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadReturnLinesStep, ReturnLinesSource } from "./steps/load-return-lines"
import { replaceReturnLinesStep } from "./steps/replace-return-lines"

export const recordReturnLinesWorkflowId = "oms-record-return-lines"

/**
 * Keeps the returns page's rows of one return, claim or exchange as Medusa has it now: each
 * returned item traced to the shipment it left in and classified to a root cause. Started by
 * the return, claim and exchange subscribers; idempotent.
 */
export const recordReturnLinesWorkflow = createWorkflow(recordReturnLinesWorkflowId, (input: WorkflowData<ReturnLinesSource>) => {
  const plan = loadReturnLinesStep(input)
  return new WorkflowResponse(replaceReturnLinesStep(plan))
})
