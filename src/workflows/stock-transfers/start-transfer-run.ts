import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { createTransferRunStep } from "./steps/create-transfer-run"

export const startTransferRunWorkflowId = "oms-start-transfer-run"

/** Opens a valuation run if none is running (409 otherwise); the valuation itself is `valueTransferRunWorkflow`. */
export const startTransferRunWorkflow = createWorkflow(
  startTransferRunWorkflowId,
  (input: { days: number; started_by: string | null }) => {
    acquireLockStep({ key: lockKeys.transferRun, timeout: 5, ttl: 30 })
    const run = createTransferRunStep(input)
    releaseLockStep({ key: lockKeys.transferRun })
    return new WorkflowResponse(run)
  }
)
