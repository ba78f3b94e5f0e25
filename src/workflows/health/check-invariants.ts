import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadHealthReportStep } from "./steps/load-health-report"
import { postBreakNotificationsStep } from "./steps/post-break-notifications"

export const checkInvariantsWorkflowId = "oms-check-invariants"
const CHECK_LOCK_KEY = "oms:check-invariants"

/**
 * The scheduled stock check: reads every invariant break and posts each new one to the admin's
 * notification feed. One run at a time across processes (a lock), so two workers cannot post the
 * same break twice between Medusa's idempotency read and its insert.
 */
export const checkInvariantsWorkflow = createWorkflow(checkInvariantsWorkflowId, () => {
  acquireLockStep({ key: CHECK_LOCK_KEY, timeout: 60, ttl: 600 })
  const report = loadHealthReportStep()
  const posted = postBreakNotificationsStep(transform({ report }, ({ report }) => ({ breaks: report.breaks })))
  releaseLockStep({ key: CHECK_LOCK_KEY })
  return new WorkflowResponse(
    transform({ report, posted }, ({ report, posted }) => ({
      breaks: report.breaks.length,
      levels_checked: report.levels_checked,
      complete: report.complete,
      posted: posted.posted,
      feed_failed: posted.failed,
    }))
  )
})
