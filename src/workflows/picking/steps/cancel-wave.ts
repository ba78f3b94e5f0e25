import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { notAllowed, warehouseOf } from "./shared"

export const markWaveCanceledStepId = "oms-mark-wave-canceled"

/**
 * Checks the wave can be canceled (not canceled, not fully picked), marks it canceled and returns
 * the orders it still holds. Compensation restores the status.
 */
export const markWaveCanceledStep = createStep(
  markWaveCanceledStepId,
  async (input: { wave_id: string }, { container }) => {
    const warehouse = warehouseOf(container)
    const [wave] = await warehouse.listWaves({ id: input.wave_id })
    if (!wave) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wave ${input.wave_id} was not found`)
    if (wave.status === "canceled") throw notAllowed(`wave ${wave.id} is already canceled`)
    if (wave.status === "picked") throw notAllowed(`wave ${wave.id} is fully picked; it cannot be canceled`)
    const claims = await warehouse.listWaveOrders({ wave_id: wave.id, status: ["waiting", "picked"] })
    await warehouse.updateWaves({ id: wave.id, status: "canceled" })
    return new StepResponse(
      { wave_id: wave.id, stock_location_id: wave.stock_location_id, order_ids: claims.map((c) => c.order_id) },
      { id: wave.id, status: wave.status }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await warehouseOf(container).updateWaves({ id: undo.id, status: undo.status as never })
  }
)
