import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FindUnroutedOrdersInput, findUnroutedOrdersStep } from "./steps/find-unrouted-orders"

export const findUnroutedOrdersWorkflowId = "oms-find-unrouted-orders"

/** Read only: the placed orders the sweeper job should route (see findUnroutedOrdersStep). */
export const findUnroutedOrdersWorkflow = createWorkflow(
  findUnroutedOrdersWorkflowId,
  (input: WorkflowData<FindUnroutedOrdersInput>) => new WorkflowResponse(findUnroutedOrdersStep(input))
)
