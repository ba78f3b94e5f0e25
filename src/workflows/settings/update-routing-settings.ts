import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import type { StoredRoutingSettings } from "../../lib/settings"
import { saveRoutingSettingsStep } from "./steps/save-routing-settings"

export const updateRoutingSettingsWorkflowId = "oms-update-routing-settings"

/**
 * Saves the routing settings a merchant edits in the admin (null clears a field back to the
 * plugin option), with who changed what. The next order routed uses them: routing reads them
 * from the database on every decision, so every server and worker agrees at once.
 */
export const updateRoutingSettingsWorkflow = createWorkflow(
  updateRoutingSettingsWorkflowId,
  (input: WorkflowData<{ patch: Partial<StoredRoutingSettings>; actor: string | null }>) => {
    acquireLockStep({ key: lockKeys.routingSettings, timeout: 10, ttl: 30 })
    const changed = saveRoutingSettingsStep(input)
    releaseLockStep({ key: lockKeys.routingSettings })
    return new WorkflowResponse(changed)
  }
)
