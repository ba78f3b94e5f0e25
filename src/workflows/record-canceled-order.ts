import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../lib/lock-keys"
import { releaseFromWavesStep } from "./picking/steps/return-picked-units"
import { loadWavedPartsStep } from "./steps/load-waved-parts"
import { moveShipmentsStep } from "./steps/move-shipments"

export const recordCanceledOrderWorkflowId = "oms-record-canceled-order"

/**
 * What a canceled order leaves in the warehouse (started on `order.canceled`; Medusa has already
 * released the reservations): parts in a pick wave leave it, units already picked for them go
 * back to their bins and the wave's progress is refreshed, then every open shipment becomes
 * "canceled". Under the order's lock, then the waves' pick locks (the order a re-route takes
 * them in). A second delivery of the event finds nothing open and changes nothing.
 */
export const recordCanceledOrderWorkflow = createWorkflow(
  recordCanceledOrderWorkflowId,
  (input: WorkflowData<{ order_id: string; actor?: string | null }>) => {
    const orderKey = transform({ input }, ({ input }) => lockKeys.order(input.order_id))
    acquireLockStep({ key: orderKey, timeout: 30, ttl: 120 })
    const releases = loadWavedPartsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    when("oms-cancel-releases-waved-parts", { releases }, ({ releases }) => releases.length > 0).then(() => {
      const waveKeys = transform({ releases }, ({ releases }) => releases.map((r) => lockKeys.wavePicks(r.wave_id)).sort())
      acquireLockStep({ key: waveKeys, timeout: 30, ttl: 120 }).config({ name: "oms-cancel-lock-waves" })
      releaseFromWavesStep(
        transform({ releases, input }, ({ releases, input }) => ({
          groups: releases.map((r) => ({ ...r, actor: input.actor ?? "order canceled" })),
        }))
      )
      releaseLockStep({ key: waveKeys }).config({ name: "oms-cancel-unlock-waves" })
    })
    const moved = moveShipmentsStep(
      transform({ input }, ({ input }) => ({
        moves: [{ order_id: input.order_id, action: "cancel" as const }],
        actor: input.actor ?? "system",
      }))
    )
    releaseLockStep({ key: orderKey })
    return new WorkflowResponse(moved)
  }
)
