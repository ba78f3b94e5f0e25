import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { routeOrderWorkflow } from "../route-order"
import { recordStockWrittenOffEventStep } from "./steps/record-stock-written-off-event"

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
 * Routes one order's part at a centre again because stock it reserved there was written off: a
 * timeline entry saying why, then `routeOrderWorkflow` for that centre's part only, which takes
 * it out of the wave that was to pick it there (units already picked go back to their bins,
 * under that wave's lock) and routes it (another centre, a split, or a back-order). All or
 * nothing: if routing refuses, the release and the entry are undone.
 */
export const rerouteWrittenOffOrderWorkflow = createWorkflow(
  rerouteWrittenOffOrderWorkflowId,
  (input: WorkflowData<RerouteWrittenOffOrderInput>) => {
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
        // only this centre's part; out of its wave first (units already picked back to their bins)
        release_from_wave: true,
        only_location_ids: [input.stock_location_id],
      })),
    })
    return new WorkflowResponse(routed)
  }
)
