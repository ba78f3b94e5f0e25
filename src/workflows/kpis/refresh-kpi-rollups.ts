import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markChangedKpiDaysStep } from "./steps/mark-changed-kpi-days"
import { rewriteKpiDaysStep } from "./steps/rewrite-kpi-days"

export const refreshKpiRollupsWorkflowId = "oms-refresh-kpi-rollups"
const REFRESH_LOCK_KEY = "oms:refresh-kpi-rollups"

export interface RefreshKpiRollupsInput {
  /** How long the run may keep rewriting days (default 20 s); the rest wait for the next run. */
  budget_ms?: number
}

/**
 * Keeps the dashboard's per-day rollups in step with the facts: lists the days whose orders
 * changed since the last run, then rewrites them, newest first. One run at a time across
 * processes (a lock), so a slow run and the next one never write the same day.
 */
export const refreshKpiRollupsWorkflow = createWorkflow(refreshKpiRollupsWorkflowId, (input: RefreshKpiRollupsInput) => {
  acquireLockStep({ key: REFRESH_LOCK_KEY, timeout: 2, ttl: 300 })
  const marked = markChangedKpiDaysStep()
  const rewritten = rewriteKpiDaysStep(transform({ input, marked }, ({ input }) => ({ budget_ms: input.budget_ms ?? 20_000 })))
  releaseLockStep({ key: REFRESH_LOCK_KEY })
  return new WorkflowResponse(rewritten)
})
