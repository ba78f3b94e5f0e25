import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { routeOrderWorkflow } from "../route-order"
import { checkShortPickStep, ShortPickInput } from "./steps/check-short-pick"
import { recordOrderStagesStep } from "./steps/record-order-stages"
import { releaseWaveOrdersStep } from "./steps/return-picked-units"
import { updateWaveProgressStep } from "./steps/update-wave-progress"

export const shortPickWorkflowId = "oms-short-pick"

/**
 * A picker cannot find all units of a line. Simplification (for now): the whole order leaves the
 * wave — the line is marked short, the units already picked for the order go back to their bins,
 * the claim becomes "short" (soft-deleted so the order can be waved again) — and the order is
 * re-routed as a whole by `routeOrderWorkflow` (trigger "reroute"). The bin's real content is set
 * aside: bin stock is NOT corrected for the missing units, and Medusa's stock level at the centre
 * is not lowered either, so routing may choose the same centre again; a cycle count / adjust
 * (bin-stock moves) is expected to fix the numbers.
 */
export const shortPickWorkflow = createWorkflow(shortPickWorkflowId, (input: WorkflowData<ShortPickInput>) => {
  const lockKey = transform({ input }, ({ input }) => `oms:wave-picks:${input.wave_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const short = checkShortPickStep(input)
  releaseWaveOrdersStep(
    transform({ short }, ({ short }) => ({
      wave_id: short.wave_id,
      stock_location_id: short.stock_location_id,
      order_ids: [short.order_id],
      release_as: "short" as const,
      short_line: {
        pick_line_id: short.pick_line_id,
        reason: `${short.reason} (found ${short.found_quantity} of ${short.quantity})`,
      },
      actor: short.actor ?? null,
    }))
  )
  const progress = updateWaveProgressStep(transform({ input }, ({ input }) => ({ wave_id: input.wave_id })))
  recordOrderStagesStep(
    transform({ short }, ({ short }) => ({
      order_ids: [short.order_id],
      stage: "short_picked" as const,
      actor: short.actor ?? null,
      details: {
        wave_id: short.wave_id,
        pick_line_id: short.pick_line_id,
        bin_code: short.bin_code,
        reason: short.reason,
        found_quantity: short.found_quantity,
        shortfall: short.shortfall,
      },
    }))
  )
  const routed = routeOrderWorkflow.runAsStep({
    input: transform({ short }, ({ short }) => ({
      order_id: short.order_id,
      trigger: "reroute" as const,
      actor: short.actor ?? undefined,
    })),
  })
  releaseLockStep({ key: lockKey })
  const result = transform({ short, progress, routed }, ({ short, progress, routed }) => ({
    order_id: short.order_id,
    shortfall: short.shortfall,
    wave_status: progress.wave_status,
    reroute: routed,
  }))
  return new WorkflowResponse(result)
})
