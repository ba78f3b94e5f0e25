import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCenters } from "./helpers"

/** GET /admin/oms/centers — every stock location with its OMS profile and stock summary. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const centers = await listCenters(req.scope)
  res.json({ centers })
}
