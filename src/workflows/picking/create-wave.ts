import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { claimWaveStep } from "./steps/claim-wave"
import { CreateWaveInput, loadWaveCandidatesStep } from "./steps/load-wave-candidates"
import { lockKeys } from "../../lib/lock-keys"
import { moveShipmentsStep } from "../steps/move-shipments"

export const createWaveWorkflowId = "oms-create-wave"

/**
 * Builds and claims one pick wave at a centre. The centre's wave lock serialises wave creation
 * (candidates are read and claimed under it); the partial unique index on active wave orders is
 * the backstop across anything the lock does not cover. Each claimed order's shipment there is "waved".
 */
export const createWaveWorkflow = createWorkflow(createWaveWorkflowId, (input: WorkflowData<CreateWaveInput>) => {
  const lockKey = transform({ input }, ({ input }) => lockKeys.waveBuild(input.stock_location_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const candidates = loadWaveCandidatesStep(input)
  const claimed = claimWaveStep(candidates)
  // strict: a part re-routed away meanwhile fails the move, and the claim is compensated
  const waved = transform({ input, claimed }, ({ input, claimed }) => ({
    moves: claimed.order_ids.map((order_id) => ({
      order_id,
      stock_location_id: input.stock_location_id,
      action: "wave" as const,
      strict: true,
      patch: { wave_id: claimed.wave_id },
      details: { wave_id: claimed.wave_id },
    })),
    actor: input.actor ?? null,
  }))
  moveShipmentsStep(waved)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(claimed)
})
