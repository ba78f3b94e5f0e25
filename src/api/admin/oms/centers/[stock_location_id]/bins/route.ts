import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { zodValidator } from "@medusajs/framework"
import { assertStockLocation, listBinsWithStock } from "../../../bins/helpers"
import { ListBinsQuery } from "../../../bins/validators"

/** GET /admin/oms/centers/:stock_location_id/bins?q=&limit=&offset= → { bins, count, limit, offset } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = await zodValidator(ListBinsQuery, req.query)
  await assertStockLocation(req.scope, req.params.stock_location_id)
  res.json(await listBinsWithStock(req.scope, req.params.stock_location_id, params))
}
