import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import {
  FulfillmentCenterProfileInput,
  upsertFulfillmentCenterStep,
} from "./steps/upsert-fulfillment-center"

export const upsertFulfillmentCenterWorkflowId = "oms-upsert-fulfillment-center"

/** Saves a stock location's OMS profile; fails with 404 when the location does not exist. */
export const upsertFulfillmentCenterWorkflow = createWorkflow(
  upsertFulfillmentCenterWorkflowId,
  (input: WorkflowData<FulfillmentCenterProfileInput>) => {
    const filters = transform({ input }, ({ input }) => ({ id: input.stock_location_id }))
    useQueryGraphStep({
      entity: "stock_location",
      fields: ["id"],
      filters,
      options: { throwIfKeyNotFound: true },
    })
    const center = upsertFulfillmentCenterStep(input)
    return new WorkflowResponse(center)
  }
)
