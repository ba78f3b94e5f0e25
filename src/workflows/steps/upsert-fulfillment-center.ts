import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"

export interface FulfillmentCenterProfileInput {
  stock_location_id: string
  latitude?: number | null
  longitude?: number | null
  priority?: number
  active?: boolean
  daily_order_capacity?: number | null
  cutoff_time?: string | null
  time_zone?: string
  serves_countries?: string[]
  serves_provinces?: string[]
  metadata?: Record<string, unknown> | null
}

type Undo = { created_id: string | null; before: Record<string, unknown> | null }

export const upsertFulfillmentCenterStepId = "oms-upsert-fulfillment-center"

/** Creates or updates the OMS profile of one stock location; compensation restores it. */
export const upsertFulfillmentCenterStep = createStep(
  upsertFulfillmentCenterStepId,
  async (input: FulfillmentCenterProfileInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const [existing] = await oms.listFulfillmentCenters({ stock_location_id: input.stock_location_id })
    if (existing) {
      const updated = await oms.updateFulfillmentCenters({ ...input, id: existing.id } as never)
      return new StepResponse<unknown, Undo>(updated, { created_id: null, before: existing as never })
    }
    const created = await oms.createFulfillmentCenters(input as never)
    return new StepResponse<unknown, Undo>(created, { created_id: created.id, before: null })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    if (undo.created_id) {
      await oms.deleteFulfillmentCenters(undo.created_id)
    } else if (undo.before) {
      const { created_at, updated_at, deleted_at, ...before } = undo.before
      await oms.updateFulfillmentCenters(before as never)
    }
  }
)
