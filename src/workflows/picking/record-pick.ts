import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkPickStep, RecordPickInput, takePickStep } from "./steps/record-pick"
import { recordOrderStagesStep } from "./steps/record-order-stages"
import { updateWaveProgressStep } from "./steps/update-wave-progress"

export const recordPickWorkflowId = "oms-record-pick"

/**
 * One verified pick: bin and item scans checked, units taken out of the bin, line updated,
 * order and wave progress moved on, stage "picked" on orders now complete. Serialised per wave.
 */
export const recordPickWorkflow = createWorkflow(recordPickWorkflowId, (input: WorkflowData<RecordPickInput>) => {
  const lockKey = transform({ input }, ({ input }) => `oms:wave-picks:${input.wave_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const checked = checkPickStep(input)
  const taken = takePickStep(checked)
  const progress = updateWaveProgressStep(transform({ input }, ({ input }) => ({ wave_id: input.wave_id })))
  recordOrderStagesStep(
    transform({ input, progress }, ({ input, progress }) => ({
      order_ids: progress.picked_order_ids,
      stage: "picked" as const,
      actor: input.actor ?? null,
      details: { wave_id: input.wave_id },
    }))
  )
  releaseLockStep({ key: lockKey })
  const result = transform({ taken, progress }, ({ taken, progress }) => ({ ...taken, ...progress }))
  return new WorkflowResponse(result)
})
