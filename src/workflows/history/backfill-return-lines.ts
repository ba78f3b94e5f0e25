import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadHistoryReturnLinesStep, type ReturnLinesHistoryInput } from "./steps/load-history-return-lines"
import { replaceHistoryReturnLinesStep } from "./steps/replace-history-return-lines"

export const backfillReturnLinesWorkflowId = "oms-backfill-return-lines"

/**
 * One batch of the returns page's history: Medusa returns, exchanges and claims recorded before
 * the OMS counted them (or of orders the history backfill just gave shipments) become returned
 * lines, classified as the live workflow classifies them. Idempotent: a source with rows is
 * never read again.
 */
export const backfillReturnLinesWorkflow = createWorkflow(backfillReturnLinesWorkflowId, (input: WorkflowData<ReturnLinesHistoryInput>) => {
  const plan = loadHistoryReturnLinesStep(input)
  const written = replaceHistoryReturnLinesStep(plan)
  return new WorkflowResponse(
    transform({ plan, written }, ({ plan, written }) => ({
      last_return_id: plan.last_return_id,
      last_claim_id: plan.last_claim_id,
      sources: plan.sources.length,
      rows: written,
    }))
  )
})
