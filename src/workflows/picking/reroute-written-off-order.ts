import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { routeOrderWorkflow } from "../route-order"
import { recordStockWrittenOffEventStep } from "./steps/record-stock-written-off-event"
import { releaseWaveOrdersStep } from "./steps/return-picked-units"
import { updateWaveProgressStep } from "./steps/update-wave-progress"

export interface RerouteWrittenOffOrderInput {
  order_id: string
  stock_location_id: string
  /** The open wave that still has to pick this order's part at the centre, if any. */
  waiting_in_wave_id: string | null
  reason: string
  details: Record<string, unknown>
  actor?: string | null
}

export const rerouteWrittenOffOrderWorkflowId = "oms-reroute-written-off-order"

/**
 * Routes one order again because stock it reserved at a centre was written off: out of the wave
 * that was to pick it there (units it already picked go back to their bins, under that wave's
 * lock), a timeline entry saying why, then `routeOrderWorkflow` (another centre, a split, or a
 * back-order). All or nothing: if routing refuses, the release and the entry are undone.
 */
export const rerouteWrittenOffOrderWorkflow = createWorkflow(
  rerouteWrittenOffOrderWorkflowId,
  (input: WorkflowData<RerouteWrittenOffOrderInput>) => {
    when("oms-written-off-order-is-waved", { input }, ({ input }) => !!input.waiting_in_wave_id).then(() => {
      const lockKey = transform({ input }, ({ input }) => `oms:wave-picks:${input.waiting_in_wave_id}`)
      acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
      releaseWaveOrdersStep(
        transform({ input }, ({ input }) => ({
          wave_id: input.waiting_in_wave_id!,
          stock_location_id: input.stock_location_id,
          order_ids: [input.order_id],
          release_as: "canceled" as const,
          actor: input.actor ?? null,
        }))
      )
      updateWaveProgressStep(transform({ input }, ({ input }) => ({ wave_id: input.waiting_in_wave_id! })))
      releaseLockStep({ key: lockKey })
    })
    recordStockWrittenOffEventStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        reason: input.reason,
        details: { ...input.details, released_from_wave_id: input.waiting_in_wave_id },
        actor: input.actor ?? null,
      }))
    )
    const routed = routeOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        trigger: "reroute" as const,
        actor: input.actor ?? undefined,
      })),
    })
    return new WorkflowResponse(routed)
  }
)
