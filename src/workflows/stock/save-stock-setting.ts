import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { rebuildStockHealthStep } from "./steps/rebuild-stock-health"
import { upsertStockSettingStep, type StockSettingChange } from "./steps/upsert-stock-setting"
import { validateStockSettingScopeStep } from "./steps/validate-stock-setting-scope"

export const saveStockSettingWorkflowId = "oms-save-stock-setting"

/**
 * Saves a centre's or a SKU's reorder settings and works out that scope's stock-health rows
 * again (every SKU at the centre, or the one SKU there), so the page shows the new reorder point
 * at once. Waits for a refresh that is running (the lock) so it does not write over it.
 */
export const saveStockSettingWorkflow = createWorkflow(saveStockSettingWorkflowId, (input: StockSettingChange) => {
  validateStockSettingScopeStep(input)
  acquireLockStep({ key: lockKeys.stockHealth, timeout: 60, ttl: 300 })
  const saved = upsertStockSettingStep(input)
  const rebuilt = rebuildStockHealthStep(
    transform({ input }, ({ input }) => ({
      stock_location_id: input.stock_location_id,
      ...(input.inventory_item_id ? { inventory_item_ids: [input.inventory_item_id] } : {}),
    }))
  )
  releaseLockStep({ key: lockKeys.stockHealth })
  return new WorkflowResponse(transform({ saved, rebuilt }, ({ saved, rebuilt }) => ({ saved, rows_refreshed: rebuilt.rows })))
})
