import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import type { ReturnLinesPlan } from "./load-return-lines"

export const replaceReturnLinesStepId = "oms-replace-return-lines"

/** Writes the planned rows in place of the old ones; compensation puts the old ones back. */
export const replaceReturnLinesStep = createStep(
  replaceReturnLinesStepId,
  async (plan: ReturnLinesPlan, { container }) => {
    if (!plan.key) return new StepResponse({ written: 0 }, null)
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const before = await oms.replaceReturnLines(plan.key, plan.rows)
    return new StepResponse({ written: plan.rows.length }, { key: plan.key, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    await oms.replaceReturnLines(undo.key, undo.before)
  }
)
