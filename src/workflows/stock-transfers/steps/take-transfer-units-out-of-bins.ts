import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import type { AcceptPlan } from "./validate-stock-transfer"

type Taken = { stock_location_id: string; inventory_item_id: string; bin_id: string; quantity: number }

export const takeTransferUnitsOutOfBinsStepId = "oms-take-transfer-units-out-of-bins"

/**
 * Takes the units the plan draws from the sender's bins out of them (an "adjust" out of each
 * bin, with the actor), before Medusa's level drops, so the bins never hold more than Medusa
 * stocks. Units from unassigned stock need no bin change. Compensation: each bin gets its units back.
 */
export const takeTransferUnitsOutOfBinsStep = createStep(
  takeTransferUnitsOutOfBinsStepId,
  async (input: { plan: AcceptPlan; actor: string | null }, { container }) => {
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    const taken: Taken[] = []
    for (const bin of input.plan.bins_out.from_bins) {
      await warehouse.moveBinStock({
        stock_location_id: input.plan.from_location_id,
        inventory_item_id: input.plan.inventory_item_id,
        from_bin_id: bin.bin_id,
        quantity: bin.quantity,
        reason: "adjust",
        actor: `transfer ${input.plan.id} to ${input.plan.to_name} by ${input.actor ?? "unknown"}`,
      })
      taken.push({ stock_location_id: input.plan.from_location_id, inventory_item_id: input.plan.inventory_item_id, bin_id: bin.bin_id, quantity: bin.quantity })
    }
    return new StepResponse(taken, taken)
  },
  async (taken: Taken[] | undefined, { container }) => {
    if (!taken?.length) return
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    for (const t of taken) {
      await warehouse.moveBinStock({
        stock_location_id: t.stock_location_id,
        inventory_item_id: t.inventory_item_id,
        to_bin_id: t.bin_id,
        quantity: t.quantity,
        reason: "adjust",
        actor: "compensation of a transfer",
      })
    }
  }
)
