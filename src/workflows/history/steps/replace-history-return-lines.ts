import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import type { ReturnLinesHistoryPlan } from "./load-history-return-lines"

export const replaceHistoryReturnLinesStepId = "oms-replace-history-return-lines"

/**
 * Writes the batch's rows, each source's replaced whole in one transaction (a live event for
 * the same return meanwhile writes the same rows). Compensation removes them again: the
 * sources had none before this batch read them.
 */
export const replaceHistoryReturnLinesStep = createStep(
  replaceHistoryReturnLinesStepId,
  async (plan: ReturnLinesHistoryPlan, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const written = await oms.replaceReturnLinesOf(plan.sources, plan.rows)
    return new StepResponse(written, plan.sources.length ? plan.sources : null)
  },
  async (sources, { container }) => {
    if (!sources?.length) return
    await (container.resolve(OMS_MODULE) as OmsModuleService).replaceReturnLinesOf(sources, [])
  }
)
