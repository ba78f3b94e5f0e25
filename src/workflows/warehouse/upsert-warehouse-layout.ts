import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  syncLayoutBinsStep,
  upsertWarehouseLayoutStep,
  UpsertWarehouseLayoutInput,
  validateWarehouseLayoutStep,
} from "./steps/upsert-warehouse-layout"

export const upsertWarehouseLayoutWorkflowId = "oms-upsert-warehouse-layout"

/**
 * Saves a centre's rack layout and (re)generates its bins. 404 for an unknown stock location;
 * 400 with validateLayout's messages for an unusable layout, and when the new layout would
 * remove bins that still hold stock (they are named).
 */
export const upsertWarehouseLayoutWorkflow = createWorkflow(
  upsertWarehouseLayoutWorkflowId,
  (input: WorkflowData<UpsertWarehouseLayoutInput>) => {
    const filters = transform({ input }, ({ input }) => ({ id: input.stock_location_id }))
    useQueryGraphStep({
      entity: "stock_location",
      fields: ["id"],
      filters,
      options: { throwIfKeyNotFound: true },
    })
    validateWarehouseLayoutStep(input)
    const layout = upsertWarehouseLayoutStep(input)
    const syncInput = transform({ input, layout }, ({ input, layout }) => ({
      layout: { ...input, id: layout.id as string },
    }))
    const bins = syncLayoutBinsStep(syncInput)
    return new WorkflowResponse({ layout, bins })
  }
)
