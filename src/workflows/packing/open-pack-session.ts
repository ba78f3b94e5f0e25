import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadPackableShipmentStep } from "./steps/load-packable-shipment"
import { createPackSessionStep } from "./steps/pack-session"
import { packLockKey } from "./types"

export const openPackSessionWorkflowId = "oms-open-pack-session"

/**
 * Opens a pack session under the order's pack lock for its shipment at the centre (the stage
 * machine decides whether it may be packed): one open session per order (400 otherwise).
 */
export const openPackSessionWorkflow = createWorkflow(
  openPackSessionWorkflowId,
  (input: WorkflowData<{ order_id: string; stock_location_id?: string | null; packed_by: string | null }>) => {
    const key = transform({ input }, ({ input }) => packLockKey(input.order_id))
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const expected = loadPackableShipmentStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, stock_location_id: input.stock_location_id ?? null }))
    )
    const session = createPackSessionStep(
      transform({ input, expected }, ({ input, expected }) => ({
        order_id: input.order_id,
        stock_location_id: expected.stock_location_id,
        packed_by: input.packed_by,
        lines: expected.lines,
      }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse(session)
  }
)
