import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notAllowed } from "./shared"
import { loadPickLine } from "./record-pick"

export interface ShortPickInput {
  wave_id: string
  pick_line_id: string
  /** Units of this line the picker found in total (already picked ones included). */
  found_quantity: number
  reason: string
  actor?: string | null
}

export const checkShortPickStepId = "oms-check-short-pick"

/** Read-only: the line belongs to an order still held by the wave and really is short. */
export const checkShortPickStep = createStep(checkShortPickStepId, async (input: ShortPickInput, { container }) => {
  const { wave, line, claim } = await loadPickLine(container, input.wave_id, input.pick_line_id)
  if (claim.status !== "waiting") throw notAllowed(`order ${line.order_id} is already ${claim.status} in this wave`)
  if (line.picked_quantity >= line.quantity) throw notAllowed("line already fully picked")
  if (!Number.isInteger(input.found_quantity) || input.found_quantity < line.picked_quantity || input.found_quantity >= line.quantity) {
    throw invalid(
      `found_quantity must be ${line.picked_quantity}..${line.quantity - 1} (picked so far .. one less than the ${line.quantity} to pick), got ${input.found_quantity}`
    )
  }
  return new StepResponse({
    ...input,
    stock_location_id: wave.stock_location_id,
    order_id: line.order_id,
    quantity: line.quantity,
    shortfall: line.quantity - input.found_quantity,
    bin_code: line.bin_code,
    bin_id: line.bin_id,
    inventory_item_id: line.inventory_item_id,
    picked_quantity: line.picked_quantity,
  })
})
