import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadWaveView } from "../helpers"

/** GET /admin/oms/waves/:id — orders, pick lines in route order, progress. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ wave: await loadWaveView(req.scope, req.params.id) })
}
