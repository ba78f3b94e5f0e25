import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStockLocationExists } from "./steps/assert-stock-location"
import {
  FulfillmentCenterProfileInput,
  upsertFulfillmentCenterStep,
} from "./steps/upsert-fulfillment-center"

export const upsertFulfillmentCenterWorkflowId = "oms-upsert-fulfillment-center"

/** Saves a stock location's OMS profile; fails with 404 when the location does not exist. */
export const upsertFulfillmentCenterWorkflow = createWorkflow(
  upsertFulfillmentCenterWorkflowId,
  (input: WorkflowData<FulfillmentCenterProfileInput>) => {
    assertStockLocationExists(input)
    const center = upsertFulfillmentCenterStep(input)
    return new WorkflowResponse(center)
  }
)
