import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { runStepsInSlices } from "../../../../lib/cooperative"
import { QUANTITY_MAX } from "../../../../lib/limits"
import { DEFAULT_VOLUMETRIC_DIVISOR, recommendCartonsSteps, unitsFromLines, type CartonRecommendation } from "../../../../lib/packing"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { toPackingCarton } from "../../../../workflows/warehouse/steps/cartons"
import { assertStockLocation } from "../bins/helpers"


/** The centre's carton catalogue, by code. 404 unknown location. */
export async function listCartons(container: MedusaContainer, stockLocationId: string) {
  await assertStockLocation(container, stockLocationId)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  return await warehouse.listCartons({ stock_location_id: stockLocationId }, { take: null, order: { code: "ASC" } })
}

export async function retrieveCarton(container: MedusaContainer, stockLocationId: string, code: string) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [carton] = await warehouse.listCartons({ stock_location_id: stockLocationId, code })
  if (!carton) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Carton ${code} was not found at stock location ${stockLocationId}`)
  }
  return carton
}

/**
 * Recommends cartons from the centre's active catalogue for the given items, using the weight
 * and size Medusa keeps on each inventory item (grams and centimetres; see `src/lib/packing`).
 */
export async function recommendForItems(
  container: MedusaContainer,
  stockLocationId: string,
  lines: { inventory_item_id: string; quantity: number }[]
) {
  await assertStockLocation(container, stockLocationId)
  const quantities = new Map<string, number>()
  for (const line of lines) {
    quantities.set(line.inventory_item_id, (quantities.get(line.inventory_item_id) ?? 0) + line.quantity)
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems(
    { id: [...quantities.keys()] },
    { select: ["id", "sku", "weight", "length", "width", "height"], take: null }
  )
  const byId = new Map(items.map((item) => [item.id, item] as const))
  const missing = [...quantities.keys()].filter((id) => !byId.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: inventory item(s) not found: ${missing.join(", ")}`)
  }
  const skus = Object.fromEntries(items.map((item) => [item.id, item.sku ?? null]))
  const totalUnits = [...quantities.values()].reduce((sum, quantity) => sum + quantity, 0)
  if (totalUnits > QUANTITY_MAX.recommend_total) {
    // Only reachable from a pack session (the recommend route refuses such a body): say so, do not compute.
    return { recommendation: tooManyUnits(totalUnits), skus }
  }
  const num = (value: unknown) => (value == null ? null : Number(value))
  const units = unitsFromLines(
    [...quantities].map(([id, quantity]) => {
      const item = byId.get(id)!
      return {
        id,
        weight_g: num(item.weight),
        length_cm: num(item.length),
        width_cm: num(item.width),
        height_cm: num(item.height),
        quantity,
      }
    })
  )
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const cartons = await warehouse.listCartons({ stock_location_id: stockLocationId, active: true }, { take: null })
  const steps = recommendCartonsSteps(units, cartons.map((c) => toPackingCarton(c as never)), { divisor: DEFAULT_VOLUMETRIC_DIVISOR })
  // The search grows faster than linearly with the units: computed in slices so other requests are answered meanwhile.
  const recommendation = await runStepsInSlices(steps, { sliceMs: RECOMMEND_SLICE_MS })
  return {
    recommendation,
    skus,
  }
}

/** Longest stretch of carton search between two pauses (the server's other requests wait at most this). */
const RECOMMEND_SLICE_MS = 10

function tooManyUnits(units: number): CartonRecommendation {
  return {
    mode: "none",
    parcels: [],
    unpackable: [],
    total_billable_weight_g: 0,
    total_cost: 0,
    warnings: [`${units} units are more than the ${QUANTITY_MAX.recommend_total} a carton recommendation handles; choose the cartons by hand`],
    alternatives: [],
  }
}
