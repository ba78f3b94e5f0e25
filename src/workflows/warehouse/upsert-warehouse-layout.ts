import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStockLocationExists } from "../steps/assert-stock-location"
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
    assertStockLocationExists(input)
    validateWarehouseLayoutStep(input)
    const layout = upsertWarehouseLayoutStep(input)
    const syncInput = transform({ input, layout }, ({ input, layout }) => ({
      layout: { ...input, id: layout.id as string },
    }))
    const bins = syncLayoutBinsStep(syncInput)
    return new WorkflowResponse({ layout, bins })
  }
)
