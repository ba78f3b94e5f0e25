import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markWaveCanceledStep } from "./steps/cancel-wave"
import { lockKeys } from "../../lib/lock-keys"
import { moveShipmentsStep } from "../steps/move-shipments"
import { releaseWaveOrdersStep } from "./steps/return-picked-units"

export const cancelWaveWorkflowId = "oms-cancel-wave"

/** Cancels a wave: its orders are released (picked units back to their bins) and their shipments there return to "routed". */
export const cancelWaveWorkflow = createWorkflow(
  cancelWaveWorkflowId,
  (input: WorkflowData<{ wave_id: string; actor?: string | null }>) => {
    const lockKey = transform({ input }, ({ input }) => lockKeys.wavePicks(input.wave_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const wave = markWaveCanceledStep(transform({ input }, ({ input }) => ({ wave_id: input.wave_id })))
    releaseWaveOrdersStep(
      transform({ wave, input }, ({ wave, input }) => ({
        wave_id: wave.wave_id,
        stock_location_id: wave.stock_location_id,
        order_ids: wave.order_ids,
        release_as: "canceled" as const,
        actor: input.actor ?? null,
      }))
    )
    // not strict: parts already short-picked or re-routed out of the wave stay where they are
    moveShipmentsStep(
      transform({ wave, input }, ({ wave, input }) => ({
        moves: wave.order_ids.map((order_id) => ({
          order_id,
          stock_location_id: wave.stock_location_id,
          action: "release" as const,
          patch: { wave_id: null },
          details: { wave_id: wave.wave_id, reason: "wave canceled" },
        })),
        actor: input.actor ?? null,
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(wave)
  }
)
