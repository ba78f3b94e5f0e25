import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertStockLocation, reconcileBinStock } from "../../../../bins/helpers"

/**
 * GET /admin/oms/centers/:stock_location_id/bin-stock/reconciliation — per item: Medusa's
 * stocked quantity, units in bins, units picked into totes, unassigned units and a problem when
 * bins and totes hold more.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertStockLocation(req.scope, req.params.stock_location_id)
  res.json(await reconcileBinStock(req.scope, req.params.stock_location_id))
}
