import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markWaveCanceledStep } from "./steps/cancel-wave"
import { recordOrderStagesStep } from "./steps/record-order-stages"
import { releaseWaveOrdersStep } from "./steps/return-picked-units"

export const cancelWaveWorkflowId = "oms-cancel-wave"

/** Cancels a wave: its orders are released (picked units back to their bins) and return to "routed". */
export const cancelWaveWorkflow = createWorkflow(
  cancelWaveWorkflowId,
  (input: WorkflowData<{ wave_id: string; actor?: string | null }>) => {
    const lockKey = transform({ input }, ({ input }) => `oms:wave-picks:${input.wave_id}`)
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
    recordOrderStagesStep(
      transform({ wave, input }, ({ wave, input }) => ({
        order_ids: wave.order_ids,
        stage: "routed" as const,
        actor: input.actor ?? null,
        details: { wave_id: wave.wave_id, note: "released: wave canceled" },
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(wave)
  }
)
