import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, freeUnitsAt, type AcceptPlan } from "./validate-stock-transfer"

type Moved = { inventory_item_id: string; from: string; to: string; units: number; created_level_id: string | null }

const LOCK_WAIT_SECONDS = 30

export const moveTransferInventoryStepId = "oms-move-transfer-inventory"

/**
 * Medusa's inventory adjustment out of the sending location and into the receiving one
 * (creating the receiving level when the item was never stocked there). It runs inside the
 * item's inventory lock — the key Medusa's checkout takes to reserve — and checks the free
 * units again inside it, so a checkout reserving the last units and this transfer cannot both
 * succeed. Core's adjustInventoryLevelsStep takes that lock itself, so it cannot run inside
 * this check; the step calls the same `adjustInventory`. Compensation: the reverse adjustment
 * (and the created level removed).
 */
export const moveTransferInventoryStep = createStep(
  moveTransferInventoryStepId,
  async (plan: AcceptPlan, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const moved = await locking.execute(
      [plan.inventory_item_id],
      async (): Promise<Moved> => {
        const { free } = await freeUnitsAt(container, plan.inventory_item_id, plan.from_location_id)
        if (free < plan.units) {
          throw conflict(`Only ${Math.max(0, free)} unit(s) of ${plan.sku} are free at ${plan.from_name} (the rest are held for orders); this transfer needs ${plan.units}. Run a new valuation.`)
        }
        const [existing] = await inventory.listInventoryLevels({ inventory_item_id: plan.inventory_item_id, location_id: plan.to_location_id })
        const created = existing
          ? null
          : await inventory.createInventoryLevels({ inventory_item_id: plan.inventory_item_id, location_id: plan.to_location_id, stocked_quantity: 0 })
        await inventory.adjustInventory([
          { inventoryItemId: plan.inventory_item_id, locationId: plan.from_location_id, adjustment: -plan.units },
          { inventoryItemId: plan.inventory_item_id, locationId: plan.to_location_id, adjustment: plan.units },
        ])
        return { inventory_item_id: plan.inventory_item_id, from: plan.from_location_id, to: plan.to_location_id, units: plan.units, created_level_id: created?.id ?? null }
      },
      { timeout: LOCK_WAIT_SECONDS }
    )
    return new StepResponse(moved, moved)
  },
  async (moved: Moved | undefined, { container }) => {
    if (!moved) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([moved.inventory_item_id], async () => {
      await inventory.adjustInventory([
        { inventoryItemId: moved.inventory_item_id, locationId: moved.from, adjustment: moved.units },
        { inventoryItemId: moved.inventory_item_id, locationId: moved.to, adjustment: -moved.units },
      ])
      if (moved.created_level_id) await inventory.deleteInventoryLevels(moved.created_level_id)
    })
  }
)
