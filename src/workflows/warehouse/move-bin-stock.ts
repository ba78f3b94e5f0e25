import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStockLocationExists } from "../steps/assert-stock-location"
import { MoveBinStockByCodeInput, moveBinStockStep, resolveBinCodesStep } from "./steps/move-bin-stock"

export const moveBinStockWorkflowId = "oms-move-bin-stock"

/**
 * Puts away, moves or adjusts units of one item in the bins of one centre, by bin code.
 * 404 for an unknown stock location or inventory item; 400 for a bad, unknown or foreign bin code,
 * for more units than a bin holds, and for a putaway or an adjust into a bin beyond what Medusa
 * stocks there but no bin or tote holds.
 */
export const moveBinStockWorkflow = createWorkflow(
  moveBinStockWorkflowId,
  (input: WorkflowData<MoveBinStockByCodeInput>) => {
    assertStockLocationExists(input)
    const resolved = resolveBinCodesStep(input)
    const moved = moveBinStockStep(resolved)
    return new WorkflowResponse(moved)
  }
)
