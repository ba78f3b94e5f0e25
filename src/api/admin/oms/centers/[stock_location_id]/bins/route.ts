import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertStockLocation, listBinsWithStock } from "../../../bins/helpers"
import type { ListBinsQueryType } from "../../../bins/validators"

/** GET /admin/oms/centers/:stock_location_id/bins?q=&limit=&offset= → { bins, count, limit, offset } */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListBinsQueryType>, res: MedusaResponse) {
  await assertStockLocation(req.scope, req.params.stock_location_id)
  res.json(await listBinsWithStock(req.scope, req.params.stock_location_id, req.validatedQuery as ListBinsQueryType))
}
