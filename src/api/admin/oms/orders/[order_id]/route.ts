import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOrderView } from "../helpers"

/** GET /admin/oms/orders/:order_id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ order: await loadOrderView(req.scope, req.params.order_id) })
}
