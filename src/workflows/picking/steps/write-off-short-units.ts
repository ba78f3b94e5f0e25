import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { warehouseOf } from "./shared"

export interface WriteOffShortUnitsInput {
  wave_id: string
  stock_location_id: string
  bin_id: string
  bin_code: string
  inventory_item_id: string
  /** Units the picker found for the line in total, and how many of them are already picked. */
  found_quantity: number
  picked_quantity: number
  actor?: string | null
}

export const writeOffShortUnitsStepId = "oms-write-off-short-units"

/**
 * A short pick is a count of the bin: besides the units already in the tote, the bin holds
 * only the `found - picked` units the picker saw, so its record drops to that (never rises).
 * Returns the units written off, which the workflow also takes off Medusa's stocked quantity
 * at the centre so routing stops counting on them. Undo: the units go back into the bin.
 */
export const writeOffShortUnitsStep = createStep(
  writeOffShortUnitsStepId,
  async (input: WriteOffShortUnitsInput, { container }) => {
    const { written_off } = await warehouseOf(container).writeOffBinStock({
      stock_location_id: input.stock_location_id,
      bin_id: input.bin_id,
      inventory_item_id: input.inventory_item_id,
      keep: input.found_quantity - input.picked_quantity,
      actor: input.actor ?? `short pick in wave ${input.wave_id}`,
    })
    return new StepResponse({ written_off }, { input, written_off })
  },
  async (undo, { container }) => {
    if (!undo?.written_off) return
    await warehouseOf(container).moveBinStock({
      stock_location_id: undo.input.stock_location_id,
      inventory_item_id: undo.input.inventory_item_id,
      to_bin_id: undo.input.bin_id,
      quantity: undo.written_off,
      reason: "adjust",
      actor: "compensation of a short-pick write-off",
    })
  }
)
