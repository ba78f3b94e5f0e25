import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { advanceStockWatermarkStep } from "./steps/advance-stock-watermark"
import { findChangedStockDaysStep } from "./steps/find-changed-stock-days"
import { rebuildStockHealthStep } from "./steps/rebuild-stock-health"
import { rewriteStockDaysStep } from "./steps/rewrite-stock-days"
import { sampleShelvesStep } from "./steps/sample-shelves"

export const refreshStockHealthWorkflowId = "oms-refresh-stock-health"

export interface RefreshStockHealthInput {
  /** Seconds to wait for a run already going (default 2: the scheduled job leaves the work to it). */
  lock_timeout?: number
}

/**
 * Brings the stock-health page up to date: the day rows of the days whose shipments changed,
 * today's shelf sample, then every SKU × centre row from them. One run at a time across
 * processes (a lock), so two runs never write the same rows.
 */
export const refreshStockHealthWorkflow = createWorkflow(refreshStockHealthWorkflowId, (input: RefreshStockHealthInput) => {
  acquireLockStep(transform({ input }, ({ input }) => ({ key: lockKeys.stockHealth, timeout: input.lock_timeout ?? 2, ttl: 600 })))
  const scan = findChangedStockDaysStep()
  const rewritten = rewriteStockDaysStep(transform({ scan }, ({ scan }) => ({ days: scan.days, time_zone: scan.time_zone })))
  const sampled = sampleShelvesStep(transform({ scan }, ({ scan }) => ({ today: scan.today, full_sample: scan.full_sample })))
  advanceStockWatermarkStep(scan)
  const health = rebuildStockHealthStep({})
  releaseLockStep({ key: lockKeys.stockHealth })
  return new WorkflowResponse(
    transform({ rewritten, sampled, health }, ({ rewritten, sampled, health }) => ({
      days_rewritten: rewritten.days_rewritten,
      shelves_sampled: sampled.sampled,
      rows: health.rows,
      items: health.items,
    }))
  )
})
