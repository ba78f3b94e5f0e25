import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { seedReturnReasonsStep } from "./steps/seed-return-reasons"

export const seedReturnReasonsWorkflowId = "oms-seed-return-reasons"

/** The default return-reason tree in the store's return reasons, once (two admins at once create it once). */
export const seedReturnReasonsWorkflow = createWorkflow(seedReturnReasonsWorkflowId, (input: WorkflowData<{ locale?: "en" | "id" }>) => {
  acquireLockStep({ key: lockKeys.returnReasons, timeout: 30, ttl: 60 })
  const seeded = seedReturnReasonsStep(input)
  releaseLockStep({ key: lockKeys.returnReasons })
  return new WorkflowResponse(seeded)
})
