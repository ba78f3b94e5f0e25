import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { loadStockFindingsStep } from "./steps/load-stock-findings"
import { planStockAlertMessagesStep } from "./steps/plan-stock-alert-messages"
import { postStockAlertMessagesStep } from "./steps/post-stock-alert-messages"
import { recordStockAlertsStep } from "./steps/record-stock-alerts"

export const postStockAlertsWorkflowId = "oms-post-stock-alerts"

/**
 * The stock-alert run: reads the stock-health table's stock-outs, low and overstocked SKUs and
 * the invariant check's breaks, announces each new one once in the admin's notification feed
 * (a flood at one centre as one message), remembers it until it clears, and closes the ones that
 * cleared so a relapse is announced again. One run at a time across the server and its workers
 * (a lock); a run that finds another one busy stops at once and leaves the work to it.
 */
export const postStockAlertsWorkflow = createWorkflow(postStockAlertsWorkflowId, () => {
  acquireLockStep({ key: lockKeys.stockAlerts, timeout: 2, ttl: 300 })
  const findings = loadStockFindingsStep()
  const planned = planStockAlertMessagesStep(findings)
  const posted = postStockAlertMessagesStep(transform({ planned }, ({ planned }) => ({ messages: planned.messages })))
  const recorded = recordStockAlertsStep(
    transform({ planned, posted }, ({ planned, posted }) => ({
      messages: planned.messages,
      notification_ids: posted.notification_ids,
      cleared: planned.cleared,
    }))
  )
  releaseLockStep({ key: lockKeys.stockAlerts })
  return new WorkflowResponse(
    transform({ findings, planned, posted, recorded }, ({ findings, planned, posted, recorded }) => ({
      problems: findings.problems.length,
      messages: planned.messages.length,
      posted: posted.posted,
      recorded: recorded.recorded,
      cleared: recorded.cleared,
      left: planned.left,
      feed_available: posted.feed_available,
    }))
  )
})
