import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildStockHealth, type HealthScope } from "../rebuild-stock-health"

/**
 * The stock-health rows of the scope (all when empty) worked out again. No compensation: the
 * rows are a snapshot of the day rows, levels and settings, and any later run rewrites them.
 */
export const rebuildStockHealthStep = createStep("oms-rebuild-stock-health", async (scope: HealthScope, { container }) => {
  const result = await rebuildStockHealth(container, scope)
  return new StepResponse(result)
})
