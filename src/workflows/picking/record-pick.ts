import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkPickStep, RecordPickInput, takePickStep } from "./steps/record-pick"
import { lockKeys } from "../../lib/lock-keys"
import { moveShipmentsStep } from "../steps/move-shipments"
import { updateWaveProgressStep } from "./steps/update-wave-progress"

export const recordPickWorkflowId = "oms-record-pick"

/**
 * One verified pick: bin and item scans checked, units taken out of the bin, line updated,
 * order and wave progress moved on, the shipments of orders now complete "picked". Serialised per wave.
 */
export const recordPickWorkflow = createWorkflow(recordPickWorkflowId, (input: WorkflowData<RecordPickInput>) => {
  const lockKey = transform({ input }, ({ input }) => lockKeys.wavePicks(input.wave_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const checked = checkPickStep(input)
  const taken = takePickStep(checked)
  const progress = updateWaveProgressStep(
    transform({ input, checked }, ({ input, checked }) => ({ wave_id: input.wave_id, order_ids: [checked.order_id] }))
  )
  moveShipmentsStep(
    transform({ input, progress, checked }, ({ input, progress, checked }) => ({
      moves: progress.picked_order_ids.map((order_id) => ({
        order_id,
        stock_location_id: checked.stock_location_id,
        action: "pick" as const,
        strict: true,
        patch: { picked_by: input.actor ?? null },
        details: { wave_id: input.wave_id },
      })),
      actor: input.actor ?? null,
    }))
  )
  releaseLockStep({ key: lockKey })
  const result = transform({ taken, progress }, ({ taken, progress }) => ({ ...taken, ...progress }))
  return new WorkflowResponse(result)
})
