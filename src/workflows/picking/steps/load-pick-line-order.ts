import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { invalid, warehouseOf } from "./shared"

export const loadPickLineOrderStepId = "oms-load-pick-line-order"

/**
 * Read-only, before any lock: the order a pick line belongs to (it never changes), so a
 * workflow that routes that order can take the order's lock before the wave's, in the order
 * every other workflow takes them (re-route, cancel).
 */
export const loadPickLineOrderStep = createStep(
  loadPickLineOrderStepId,
  async (input: { wave_id: string; pick_line_id: string }, { container }) => {
    const warehouse = warehouseOf(container)
    const [line] = await warehouse.listPickLines({ id: input.pick_line_id, wave_id: input.wave_id }, { select: ["order_id"] })
    if (!line && !(await warehouse.listWaves({ id: input.wave_id }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wave ${input.wave_id} was not found`)
    }
    if (!line) throw invalid(`pick line ${input.pick_line_id} is not a line of wave ${input.wave_id}`)
    return new StepResponse({ order_id: line.order_id })
  }
)
