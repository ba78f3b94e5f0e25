import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Refuses a setting for a centre or an inventory item the store does not have (404, nothing changed). */
export const validateStockSettingScopeStep = createStep(
  "oms-validate-stock-setting-scope",
  async ({ stock_location_id, inventory_item_id }: { stock_location_id: string; inventory_item_id?: string | null }, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const centre = await knex("stock_location").select("id").where({ id: stock_location_id }).whereNull("deleted_at").first()
    if (!centre) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stock_location_id} was not found`)
    if (inventory_item_id) {
      const item = await knex("inventory_item").select("id").where({ id: inventory_item_id }).whereNull("deleted_at").first()
      if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${inventory_item_id} was not found`)
    }
    return new StepResponse(true)
  }
)
