import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveBinStockWorkflow } from "../../../../../../../workflows/warehouse/move-bin-stock"
import type { MoveBinStockBodyType } from "../../../../bins/validators"

/** POST /admin/oms/centers/:stock_location_id/bin-stock/moves — putaway, move or adjust by bin code. */
export async function POST(req: AuthenticatedMedusaRequest<MoveBinStockBodyType>, res: MedusaResponse) {
  const { result } = await moveBinStockWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      stock_location_id: req.params.stock_location_id,
      actor: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({
    movement: {
      id: result.movement_id,
      reason: result.reason,
      inventory_item_id: result.inventory_item_id,
      sku: result.sku,
      quantity: result.quantity,
      from_bin_code: result.from_bin_code,
      to_bin_code: result.to_bin_code,
      from_quantity: result.from_quantity,
      to_quantity: result.to_quantity,
    },
  })
}
