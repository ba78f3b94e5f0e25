import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { claimWaveStep } from "./steps/claim-wave"
import { CreateWaveInput, loadWaveCandidatesStep } from "./steps/load-wave-candidates"
import { recordOrderStagesStep } from "./steps/record-order-stages"

export const createWaveWorkflowId = "oms-create-wave"

/**
 * Builds and claims one pick wave at a centre. The centre's wave lock serialises wave creation
 * (candidates are read and claimed under it); the partial unique index on active wave orders is
 * the backstop across anything the lock does not cover. Stage "waved" on every claimed order.
 */
export const createWaveWorkflow = createWorkflow(createWaveWorkflowId, (input: WorkflowData<CreateWaveInput>) => {
  const lockKey = transform({ input }, ({ input }) => `oms:wave:${input.stock_location_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const candidates = loadWaveCandidatesStep(input)
  const claimed = claimWaveStep(candidates)
  const stages = transform({ input, claimed }, ({ input, claimed }) => ({
    order_ids: claimed.order_ids,
    stage: "waved" as const,
    actor: input.actor ?? null,
    details: { wave_id: claimed.wave_id, stock_location_id: input.stock_location_id },
  }))
  recordOrderStagesStep(stages)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(claimed)
})
