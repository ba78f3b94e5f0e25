import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadFullHealthReport } from "../health-report"

export const loadHealthReportStepId = "oms-load-health-report"

/** Read-only: every invariant break in the store (all pages, each bounded). */
export const loadHealthReportStep = createStep(loadHealthReportStepId, async (_: void, { container }) => {
  return new StepResponse(await loadFullHealthReport(container))
})
