import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MERCHANT_CONFLICT } from "../../../lib/merchant-conflict"
import { planBinsOut, type BinsOutPlan } from "../../../lib/stock"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"

export const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message, MERCHANT_CONFLICT)

export interface AcceptPlan {
  id: string
  inventory_item_id: string
  sku: string
  from_location_id: string
  from_name: string
  to_location_id: string
  to_name: string
  units: number
  bins_out: BinsOutPlan
}

/** Units of the item free at a location (stocked − reserved), 0 without a level. */
export async function freeUnitsAt(container: { resolve: (k: string) => any }, itemId: string, locationId: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [level] = await knex("inventory_level")
    .select("stocked_quantity", "reserved_quantity")
    .whereNull("deleted_at")
    .where({ inventory_item_id: itemId, location_id: locationId })
  return { stocked: Number(level?.stocked_quantity ?? 0), free: Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0) }
}

export const validateStockTransferStepId = "oms-validate-stock-transfer"

/**
 * Under the item's transfer lock: the suggestion is still open (409 once accepted or
 * dismissed), and for an accept the sending centre has the units free (not held for orders)
 * and outside pickers' totes. Returns where the units leave the sender's bins. Read-only.
 */
export const validateStockTransferStep = createStep(
  validateStockTransferStepId,
  async (input: { id: string; action: "accept" | "dismiss" }, { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const [t] = await stock.listStockTransfers({ id: input.id })
    if (!t) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Transfer suggestion ${input.id} was not found`)
    if (t.status !== "suggested") {
      throw conflict(`This transfer was already ${t.status}${t.accepted_at ? ` on ${new Date(t.accepted_at).toISOString().slice(0, 10)}` : ""}; nothing was changed.`)
    }
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const [item] = await knex("inventory_item").select("sku", "title").where({ id: t.inventory_item_id }).whereNull("deleted_at")
    const places = await knex("stock_location").select("id", "name").whereIn("id", [t.from_location_id, t.to_location_id]).whereNull("deleted_at")
    const nameOf = (id: string) => places.find((p: any) => p.id === id)?.name as string | undefined
    const sku = item?.sku ?? item?.title ?? t.inventory_item_id
    const plan: AcceptPlan = {
      id: t.id, inventory_item_id: t.inventory_item_id, sku, units: t.units,
      from_location_id: t.from_location_id, from_name: nameOf(t.from_location_id) ?? "",
      to_location_id: t.to_location_id, to_name: nameOf(t.to_location_id) ?? "",
      bins_out: { from_unassigned: 0, from_bins: [] },
    }
    if (input.action === "dismiss") return new StepResponse(plan)
    if (!item) throw conflict(`The product of this transfer no longer exists; dismiss it instead.`)
    if (!plan.from_name || !plan.to_name) throw conflict(`One of the two centres of this transfer no longer exists; dismiss it instead.`)

    const { stocked, free } = await freeUnitsAt(container, t.inventory_item_id, t.from_location_id)
    if (free < t.units) {
      throw conflict(`Only ${Math.max(0, free)} unit(s) of ${sku} are free at ${plan.from_name} (the rest are held for orders); this transfer needs ${t.units}. Run a new valuation.`)
    }
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    const rows = await warehouse.unassignedStock(t.from_location_id, { [t.inventory_item_id]: stocked })
    const bins = await knex("oms_bin_stock as s")
      .join("oms_bin as b", "b.id", "s.bin_id")
      .select("s.bin_id", "b.code", "s.quantity")
      .whereNull("s.deleted_at")
      .where({ "s.stock_location_id": t.from_location_id, "s.inventory_item_id": t.inventory_item_id })
    const binsOut = planBinsOut(rows[t.inventory_item_id]?.unassigned ?? stocked, bins.map((b: any) => ({ ...b, quantity: Number(b.quantity) })), t.units)
    if (!binsOut) throw conflict(`${t.units} unit(s) of ${sku} cannot leave ${plan.from_name} now: some are in pickers' totes. Try again after packing.`)
    return new StepResponse({ ...plan, bins_out: binsOut })
  }
)
