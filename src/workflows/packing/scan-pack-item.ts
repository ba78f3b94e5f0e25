import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordPackScanStep } from "./steps/pack-session"
import { packLockKey } from "./types"

export const scanPackItemWorkflowId = "oms-scan-pack-item"

/**
 * Records one scan (accepted or refused) under the order's pack lock, so scans and completion
 * serialise. Returns the outcome; a refusal is persisted here and turned into a 400 by the route.
 */
export const scanPackItemWorkflow = createWorkflow(
  scanPackItemWorkflowId,
  (input: WorkflowData<{ session_id: string; order_id: string; barcode: string }>) => {
    const key = transform({ input }, ({ input }) => packLockKey(input.order_id))
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const result = recordPackScanStep({ session_id: input.session_id, barcode: input.barcode })
    releaseLockStep({ key })
    return new WorkflowResponse(result)
  }
)
