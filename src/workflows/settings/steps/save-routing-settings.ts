import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StoredRoutingSettings } from "../../../lib/settings"
import { OMS_MODULE } from "../../../modules/oms"
import type { RoutingSettingsUndo } from "../../../modules/oms/routing-settings-store"
import type OmsModuleService from "../../../modules/oms/service"

export const saveRoutingSettingsStepId = "oms-save-routing-settings"

/** Saves the patch and its history row in one transaction; compensation puts the previous values back. */
export const saveRoutingSettingsStep = createStep(
  saveRoutingSettingsStepId,
  async (input: { patch: Partial<StoredRoutingSettings>; actor: string | null }, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const undo = await oms.saveRoutingSettings(input.patch, input.actor)
    return new StepResponse(undo !== null, undo ?? undefined)
  },
  async (undo: RoutingSettingsUndo | undefined, { container }) => {
    if (!undo) return
    await (container.resolve(OMS_MODULE) as OmsModuleService).undoRoutingSettings(undo)
  }
)
