import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createPackSessionStep, CreatePackSessionInput } from "./steps/pack-session"
import { packLockKey } from "./types"

export const openPackSessionWorkflowId = "oms-open-pack-session"

/** Opens a pack session under the order's pack lock: one open session per order (400 otherwise). */
export const openPackSessionWorkflow = createWorkflow(
  openPackSessionWorkflowId,
  (input: WorkflowData<CreatePackSessionInput>) => {
    const key = transform({ input }, ({ input }) => packLockKey(input.order_id))
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const session = createPackSessionStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(session)
  }
)
