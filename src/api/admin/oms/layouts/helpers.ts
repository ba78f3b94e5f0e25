import type { MedusaContainer } from "@medusajs/framework/types"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { assertStockLocation } from "../bins/helpers"

/** The centre's layout (null before one is saved) and how many bins it has. 404 unknown location. */
export async function retrieveLayout(container: MedusaContainer, stockLocationId: string) {
  await assertStockLocation(container, stockLocationId)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [[layout], [, bins_count]] = await Promise.all([
    warehouse.listWarehouseLayouts({ stock_location_id: stockLocationId }),
    warehouse.listAndCountBins({ stock_location_id: stockLocationId }, { take: 1, select: ["id"] }),
  ])
  return { layout: layout ?? null, bins_count }
}
