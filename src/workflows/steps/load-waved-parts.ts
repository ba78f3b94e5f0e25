import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isOpen, waveReleases } from "../../lib/journey"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"

export const loadWavedPartsStepId = "oms-load-waved-parts"

/** Read-only: the order's open parts that sit in a pick wave, one entry per wave. */
export const loadWavedPartsStep = createStep(loadWavedPartsStepId, async (input: { order_id: string }, { container }) => {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const shipments = await oms.listShipments({ order_id: input.order_id }, { take: null })
  return new StepResponse(waveReleases(shipments.filter((s) => isOpen(s.stage))))
})
